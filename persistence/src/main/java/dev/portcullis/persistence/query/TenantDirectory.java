package dev.portcullis.persistence.query;

import java.util.List;
import java.util.UUID;

/** Tenants and their subscriptions by name only: what a filter's choices need, without scan status. */
public record TenantDirectory(List<Tenant> tenants) {

    public record Tenant(UUID id, String displayName, List<Subscription> subscriptions) {
    }

    public record Subscription(UUID subscriptionId, String displayName) {
    }
}
