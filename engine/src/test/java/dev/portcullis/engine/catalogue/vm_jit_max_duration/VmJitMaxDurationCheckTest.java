package dev.portcullis.engine.catalogue.vm_jit_max_duration;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aWindowsVm;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code vm_jit_max_duration}: no JIT port grants longer than its limit, PT3H for 22, 3389 and custom ports and PT1H
 * for WinRM by default; a missing or unreadable duration fails.
 */
class VmJitMaxDurationCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(VmBuilder vm) {
        return evaluate(vm, EvaluationSettings.defaults());
    }

    private static CheckResult evaluate(VmBuilder vm, EvaluationSettings settings) {
        SubscriptionInventory built = InventoryBuilder.anInventory().withVm(vm).build();
        return new VmJitMaxDurationCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT), settings);
    }

    private static JitPort rule(int number, String duration) {
        return port(number, duration, "10.0.0.0/8");
    }

    @Test
    void aVmWithoutJitRulesIsNotApplicable() {
        CheckResult result = evaluate(aLinuxVm(VM));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).isEqualTo("The VM has no JIT port rules.");
    }

    @ParameterizedTest(name = "port {0} allowing {1}: {2}")
    @CsvSource({
            "22, PT3H, PASS",
            "22, PT180M, PASS",
            "22, PT3H1S, FAIL",
            "22, P1D, FAIL",
            "3389, PT3H, PASS",
            "3389, PT4H, FAIL",
            "5985, PT1H, PASS",
            "5985, PT2H, FAIL",
            "5986, PT3H, FAIL",
            "5986, PT30M, PASS",
            "22, pt2h, PASS"})
    void eachPortIsHeldToItsOwnLimitInclusive(int port, String duration, Outcome expected) {
        CheckResult result = evaluate(aWindowsVm(VM).inJit(rule(port, duration)));

        assertThat(result.outcome()).isEqualTo(expected);
    }

    @Test
    void aTooLongWindowIsNamedWithItsLimit() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(rule(22, "P1D")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("JIT access too long on port 22 allows P1D (limit PT3H).");
    }

    @Test
    void everyTooLongPortIsNamedAndTheOthersAreNot() {
        CheckResult result = evaluate(aWindowsVm(VM).inJit(rule(3389, "PT3H"), rule(5985, "PT3H"),
                rule(5986, "PT2H")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("5985 allows PT3H (limit PT1H); 5986 allows PT2H (limit PT1H)")
                .doesNotContain("3389");
    }

    @Test
    void aMissingDurationFails() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(rule(22, null)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("22 (no maxRequestAccessDuration)");
    }

    @Test
    void anUnreadableDurationFailsRatherThanPasses() {
        CheckResult result = evaluate(aLinuxVm(VM).inJit(rule(22, "three hours")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("22 has unreadable duration 'three hours'");
    }

    @Test
    void theLimitsComeFromTheSettings() {
        EvaluationSettings strict = new EvaluationSettings(Set.of(), Duration.ofHours(1), Duration.ofMinutes(15));

        CheckResult result = evaluate(aWindowsVm(VM).inJit(rule(3389, "PT2H"), rule(5985, "PT30M")), strict);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("3389 allows PT2H (limit PT1H)")
                .contains("5985 allows PT30M (limit PT15M)");
    }

    @Test
    void aCustomPortIsHeldToTheGeneralLimit() {
        EvaluationSettings with2222 = new EvaluationSettings(Set.of(2222), Duration.ofHours(3), Duration.ofHours(1));

        assertThat(evaluate(aLinuxVm(VM).inJit(rule(2222, "PT3H")), with2222).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(aLinuxVm(VM).inJit(rule(2222, "PT4H")), with2222).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void withinLimitAgreesWithTheCheckOnMissingUnreadableAndBoundaryValues() {
        Duration limit = Duration.ofHours(3);

        assertThat(List.of("PT3H", "PT2H59M", "PT5M")).allMatch(d -> VmJitMaxDurationCheck.withinLimit(d, limit));
        assertThat(List.of("PT3H1S", "P1D", "three hours")).noneMatch(d -> VmJitMaxDurationCheck.withinLimit(d, limit));
        assertThat(VmJitMaxDurationCheck.withinLimit(null, limit)).isFalse();
    }
}
