package dev.portcullis.engine.catalogue.vm_jit_enabled;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.RG;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.vmId;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code vm_jit_enabled}: the VM is in a JIT policy; without any NSG JIT cannot work, so the check does not apply. */
class VmJitEnabledCheckTest {

    private static final String VM = "web";

    private static CheckResult evaluate(InventoryBuilder inventory) {
        SubscriptionInventory built = inventory.build();
        return new VmJitEnabledCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                EvaluationSettings.defaults());
    }

    @Test
    void aVmInAJitPolicyPassesAndTheDetailNamesThePolicy() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).inJit(port(22, "PT3H", "10.0.0.0/8"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("The VM is in JIT policy " + RG
                + "/providers/Microsoft.Security/locations/japaneast/jitNetworkAccessPolicies/web.");
    }

    @Test
    void aVmWithAnNsgInNoJitPolicyFails() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("The VM is in no JIT network access policy.");
    }

    @Test
    void aSubnetNsgAloneMakesJitPossibleSoItsAbsenceFails() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withSubnetNsgOnly()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aPolicyNamingTheVmInAnotherCaseCounts() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).inJit(port(22, "PT3H", "10.0.0.0/8"))
                .listedInPolicyAs(vmId(VM).toUpperCase(Locale.ROOT))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aPolicyNamingAnotherVmDoesNotCount() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).inJit(port(22, "PT3H", "10.0.0.0/8"))
                .listedInPolicyAs(vmId("web-2"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aVmWithoutAnyNsgIsNotApplicableEvenInAPolicy() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg()
                .inJit(port(22, "PT3H", "10.0.0.0/8"))));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).isEqualTo("The VM has no NSG; JIT works through NSG rules.");
    }

    @Test
    void aVmNoneOfWhoseNicsWasListedIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).nicsNotListed()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
