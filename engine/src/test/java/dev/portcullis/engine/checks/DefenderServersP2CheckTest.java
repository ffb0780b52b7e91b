package dev.portcullis.engine.checks;

import dev.portcullis.engine.catalogue.subscription_defender_servers_p2.SubscriptionDefenderServersP2Check;
import dev.portcullis.engine.testing.InventoryBuilder;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefenderServersP2CheckTest {

    private final SubscriptionDefenderServersP2Check check = new SubscriptionDefenderServersP2Check();

    @Test
    void standardWithSubPlanP2Passes() {
        assertThat(check.evaluate(anInventory().withPricing("Standard", "P2").build()).outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void standardWithSubPlanP1Fails() {
        assertThat(check.evaluate(anInventory().withPricing("Standard", "P1").build()).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void standardWithoutSubPlanFails() {
        assertThat(check.evaluate(anInventory().withPricing("Standard", null).build()).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void freeTierFails() {
        assertThat(check.evaluate(anInventory().withPricing("Free", null).build()).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void missingVirtualMachinesPricingFails() {
        CheckResult result = check.evaluate(anInventory().build());
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.resourceId()).isEqualTo("/subscriptions/" + InventoryBuilder.SUB);
    }
}
