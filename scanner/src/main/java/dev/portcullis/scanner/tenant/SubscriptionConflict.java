package dev.portcullis.scanner.tenant;

/**
 * A subscription a tenant's discovery found that another onboarded tenant already holds: it stays with that tenant
 * (its history with it), and the one onboarding is told, instead of being blocked or left to guess.
 */
public record SubscriptionConflict(String subscriptionId, String displayName, String detail) {

    static SubscriptionConflict heldByAnotherTenant(String subscriptionId, String displayName) {
        return new SubscriptionConflict(subscriptionId, displayName, "already onboarded under another tenant, where it"
                + " stays; an ADMIN over every tenant can offboard it there to move it");
    }
}
