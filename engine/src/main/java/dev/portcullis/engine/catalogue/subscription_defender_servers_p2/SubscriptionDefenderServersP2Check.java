package dev.portcullis.engine.catalogue.subscription_defender_servers_p2;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.checks.SubscriptionCheck;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import java.util.Optional;

/** JIT VM access needs Defender for Servers Plan 2: pricing {@code VirtualMachines} Standard with subPlan P2. */
public final class SubscriptionDefenderServersP2Check implements SubscriptionCheck {

    public static final String ID = "subscription_defender_servers_p2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult evaluate(SubscriptionInventory inventory) {
        String resourceId = SubscriptionCheck.resourceIdOf(inventory.subscriptionId());
        Optional<Pricing> servers = inventory.pricings().stream()
                .filter(p -> Pricing.SERVERS.equalsIgnoreCase(p.name()))
                .findFirst();
        if (servers.isEmpty()) {
            return new CheckResult(ID, resourceId, inventory.subscriptionId(), Outcome.FAIL,
                    "No VirtualMachines pricing returned: Defender for Servers is not enabled.");
        }
        Pricing pricing = servers.get();
        boolean standard = "Standard".equalsIgnoreCase(pricing.pricingTier());
        boolean planTwo = "P2".equalsIgnoreCase(pricing.subPlan());
        if (standard && planTwo) {
            return new CheckResult(ID, resourceId, inventory.subscriptionId(), Outcome.PASS,
                    "Defender for Servers Plan 2 is enabled.");
        }
        String current = standard
                ? "Standard with subPlan " + Optional.ofNullable(pricing.subPlan()).orElse("(none)")
                : Optional.ofNullable(pricing.pricingTier()).orElse("(no tier)");
        return new CheckResult(ID, resourceId, inventory.subscriptionId(), Outcome.FAIL,
                "Defender for Servers is " + current + "; JIT VM access needs Standard with subPlan P2.");
    }
}
