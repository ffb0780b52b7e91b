package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.SubscriptionInventory;

/** A check over a whole subscription. */
public interface SubscriptionCheck {

    String id();

    CheckResult evaluate(SubscriptionInventory inventory);

    /** The ARM id Portcullis uses for subscription-level findings. */
    static String resourceIdOf(String subscriptionId) {
        return "/subscriptions/" + subscriptionId;
    }
}
