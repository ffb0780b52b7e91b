package dev.portcullis.engine.checks;

import dev.portcullis.engine.catalogue.vm_nsg_attached.VmNsgAttachedCheck;
import dev.portcullis.engine.catalogue.vm_jit_source_restricted.VmJitSourceRestrictedCheck;
import dev.portcullis.engine.catalogue.vm_jit_max_duration.VmJitMaxDurationCheck;
import dev.portcullis.engine.catalogue.vm_jit_enabled.VmJitEnabledCheck;
import dev.portcullis.engine.catalogue.vm_jit_covers_management_ports.VmJitCoversManagementPortsCheck;
import dev.portcullis.engine.vocabulary.JitStatus;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aVmOfUnknownOs;
import static dev.portcullis.engine.testing.InventoryBuilder.aWindowsVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.vmId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.Evaluator.Evaluation;
import java.time.Instant;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JitChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final Evaluator evaluator = new Evaluator(CheckCatalogue.standard(), EvaluationSettings.defaults());

    private static Outcome outcome(Evaluation evaluation, String checkId, String vmName) {
        return evaluation.results().stream()
                .filter(r -> r.checkId().equals(checkId) && r.resourceId().equals(vmId(vmName)))
                .findFirst().orElseThrow().outcome();
    }

    private static JitStatus jitStatus(Evaluation evaluation, String vmName) {
        return evaluation.virtualMachines().stream().filter(v -> v.vm().name().equals(vmName))
                .findFirst().orElseThrow().jitStatus();
    }

    @Test
    void linuxVmWithTightJitOnSshIsProtected() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web").inJit(port(22, "PT3H", "10.0.0.0/8")))
                .build(), NOW);
        assertThat(outcome(e, VmJitEnabledCheck.ID, "web")).isEqualTo(Outcome.PASS);
        assertThat(outcome(e, VmJitCoversManagementPortsCheck.ID, "web")).isEqualTo(Outcome.PASS);
        assertThat(outcome(e, VmJitMaxDurationCheck.ID, "web")).isEqualTo(Outcome.PASS);
        assertThat(outcome(e, VmJitSourceRestrictedCheck.ID, "web")).isEqualTo(Outcome.PASS);
        assertThat(jitStatus(e, "web")).isEqualTo(JitStatus.PROTECTED);
    }

    @Test
    void vmWithNsgButNoJitPolicyIsUnprotected() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web")).build(), NOW);
        assertThat(outcome(e, VmJitEnabledCheck.ID, "web")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(e, VmJitCoversManagementPortsCheck.ID, "web")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(jitStatus(e, "web")).isEqualTo(JitStatus.UNPROTECTED);
    }

    @Test
    void vmWithoutAnyNsgIsNotApplicableForJitAndFailsNsgAttached() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("bare").withoutNsg()).build(), NOW);
        assertThat(outcome(e, VmJitEnabledCheck.ID, "bare")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome(e, VmNsgAttachedCheck.ID, "bare")).isEqualTo(Outcome.FAIL);
        assertThat(jitStatus(e, "bare")).isEqualTo(JitStatus.NOT_APPLICABLE);
    }

    @Test
    void subnetNsgAloneCountsAsAnNsg() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web").withSubnetNsgOnly()).build(), NOW);
        assertThat(outcome(e, VmNsgAttachedCheck.ID, "web")).isEqualTo(Outcome.PASS);
        assertThat(outcome(e, VmJitEnabledCheck.ID, "web")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void jitPolicyListingTheVmIdInAnotherCaseStillCounts() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web")
                .listedInPolicyAs(vmId("web").toUpperCase()).inJit(port(22, "PT1H", "10.1.2.3"))).build(), NOW);
        assertThat(outcome(e, VmJitEnabledCheck.ID, "web")).isEqualTo(Outcome.PASS);
    }

    @Test
    void windowsVmWithOnlyRdpInJitMissesWinRmAndIsPartial() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aWindowsVm("win")
                .inJit(port(3389, "PT3H", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitCoversManagementPortsCheck.ID, "win")).isEqualTo(Outcome.FAIL);
        assertThat(jitStatus(e, "win")).isEqualTo(JitStatus.PARTIAL);
    }

    @Test
    void vmOfUnknownOsNeedsAllFourManagementPorts() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aVmOfUnknownOs("odd")
                .inJit(port(22, "PT1H", "10.0.0.0/8"), port(3389, "PT1H", "10.0.0.0/8"),
                        port(5985, "PT1H", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitCoversManagementPortsCheck.ID, "odd")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void customManagementPortMustBeInJitToo() {
        Evaluator withCustomPort = new Evaluator(CheckCatalogue.standard(),
                new EvaluationSettings(Set.of(2222), Duration.ofHours(3), Duration.ofHours(1)));
        Evaluation e = withCustomPort.evaluate(anInventory().withVm(aLinuxVm("web")
                .inJit(port(22, "PT3H", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitCoversManagementPortsCheck.ID, "web")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void sshWindowOfOneDayExceedsTheThreeHourLimitWrittenEitherWay() {
        Evaluation e = evaluator.evaluate(anInventory()
                .withVm(aLinuxVm("pt24h").inJit(port(22, "PT24H", "10.0.0.0/8")))
                .withVm(aLinuxVm("p1d").inJit(port(22, "P1D", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitMaxDurationCheck.ID, "pt24h")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(e, VmJitMaxDurationCheck.ID, "p1d")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void winRmAtThreeHoursExceedsItsOneHourLimit() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aWindowsVm("win").inJit(
                port(3389, "PT3H", "10.0.0.0/8"), port(5985, "PT3H", "10.0.0.0/8"),
                port(5986, "PT1H", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitMaxDurationCheck.ID, "win")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void unreadableDurationFailsRatherThanPasses() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web")
                .inJit(port(22, "three hours", "10.0.0.0/8"))).build(), NOW);
        assertThat(outcome(e, VmJitMaxDurationCheck.ID, "web")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void everyAnySourceSpellingFailsSourceRestriction() {
        for (String any : new String[] {"*", "Any", "Internet", "0.0.0.0/0", "::/0", "internet"}) {
            Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web").inJit(port(22, "PT1H", any)))
                    .build(), NOW);
            assertThat(outcome(e, VmJitSourceRestrictedCheck.ID, "web")).as(any).isEqualTo(Outcome.FAIL);
        }
    }

    @Test
    void anyEntryOfThePluralSourceListOpenToAllFails() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web")
                .inJit(port(22, "PT1H", "10.0.0.0/8", "203.0.113.7", "*"))).build(), NOW);
        assertThat(outcome(e, VmJitSourceRestrictedCheck.ID, "web")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void specificSourcesPassSourceRestriction() {
        Evaluation e = evaluator.evaluate(anInventory().withVm(aLinuxVm("web")
                .inJit(port(22, "PT1H", "10.0.0.0/8", "203.0.113.7"))).build(), NOW);
        assertThat(outcome(e, VmJitSourceRestrictedCheck.ID, "web")).isEqualTo(Outcome.PASS);
    }
}
