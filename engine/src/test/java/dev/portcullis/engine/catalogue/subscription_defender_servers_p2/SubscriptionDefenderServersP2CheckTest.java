package dev.portcullis.engine.catalogue.subscription_defender_servers_p2;

import static dev.portcullis.engine.testing.InventoryBuilder.SUB;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.testing.InventoryBuilder;
import org.junit.jupiter.api.Test;

/**
 * {@code subscription_defender_servers_p2}: JIT needs Defender for Servers Plan 2, pricing {@code VirtualMachines}
 * Standard with subPlan P2; the result is the subscription's.
 */
class SubscriptionDefenderServersP2CheckTest {

    private static CheckResult evaluate(InventoryBuilder inventory) {
        return new SubscriptionDefenderServersP2Check().evaluate(inventory.build());
    }

    @Test
    void standardWithSubPlanP2PassesOnTheSubscription() {
        CheckResult result = evaluate(anInventory().withPricing("Standard", "P2"));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).isEqualTo("Defender for Servers Plan 2 is enabled.");
        assertThat(result.checkId()).isEqualTo(SubscriptionDefenderServersP2Check.ID);
        assertThat(result.resourceId()).isEqualTo("/subscriptions/" + SUB);
        assertThat(result.resourceName()).isEqualTo(SUB);
    }

    @Test
    void tierPlanAndPricingNameAreReadInAnyCase() {
        CheckResult result = evaluate(anInventory().withPricing(new Pricing("virtualmachines", "standard", "p2")));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void planOneFailsAndSaysWhatIsThere() {
        CheckResult result = evaluate(anInventory().withPricing("Standard", "P1"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("Defender for Servers is Standard with subPlan P1; JIT VM access needs"
                + " Standard with subPlan P2.");
    }

    @Test
    void standardWithoutSubPlanFails() {
        CheckResult result = evaluate(anInventory().withPricing("Standard", null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("Defender for Servers is Standard with subPlan (none);");
    }

    @Test
    void theFreeTierFailsEvenWithAP2SubPlanLeftOver() {
        CheckResult result = evaluate(anInventory().withPricing("Free", "P2"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("Defender for Servers is Free;");
    }

    @Test
    void aPricingWithoutTierFails() {
        CheckResult result = evaluate(anInventory().withPricing(null, null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("Defender for Servers is (no tier);");
    }

    @Test
    void noVirtualMachinesPricingFailsEvenWithOtherPlansOnP2() {
        CheckResult result = evaluate(anInventory().withPricing(new Pricing("StorageAccounts", "Standard", "P2")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).isEqualTo("No VirtualMachines pricing returned: Defender for Servers is not"
                + " enabled.");
    }
}
