package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.CheckIds.JIT_QUALITY_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_BYPASSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_ENABLED;
import static dev.portcullis.simulator.estate.CheckIds.VM_NSG_ATTACHED;
import static dev.portcullis.simulator.estate.Scenario.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void aScenarioNamesWhatDoesNotPassAndEveryOtherVmCheckPasses() {
        Scenario scenario = scenario("s", "d").failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS)
                .status(JitStatus.UNPROTECTED);

        assertThat(scenario.expected()).containsOnlyKeys(CheckIds.VM_CHECKS);
        assertThat(scenario.expected(VM_JIT_ENABLED)).isEqualTo(Expectation.FAIL);
        assertThat(JIT_QUALITY_CHECKS).allSatisfy(check ->
                assertThat(scenario.expected(check)).isEqualTo(Expectation.NOT_APPLICABLE));
        assertThat(scenario.expected(VM_NSG_ATTACHED)).isEqualTo(Expectation.PASS);
        assertThat(scenario.jitStatus()).isEqualTo(JitStatus.UNPROTECTED);
    }

    @Test
    void nothingNamedIsAllPass() {
        assertThat(scenario("s", "d").status(JitStatus.PROTECTED).expected().values()).containsOnly(Expectation.PASS);
    }

    @Test
    void aCheckNamedTwiceOrNotAVmCheckIsRefused() {
        assertThatThrownBy(() -> scenario("s", "d").failing(VM_JIT_BYPASSED).notApplicable(JIT_QUALITY_CHECKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> scenario("s", "d").failing(CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a VM check");
    }
}
