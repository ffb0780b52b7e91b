package dev.portcullis.persistence.query;

import java.util.List;
import java.util.UUID;

/** Tenants and their subscriptions by name only: what a filter's choices need, without scan status. */
public record TenantDirectory(List<Tenant> tenants) {

    /** A tenant by its Portcullis id, with its Entra tenant id (what access scopes name). */
    public record Tenant(UUID id, String displayName, UUID tenantId, List<Subscription> subscriptions) {
    }

    public record Subscription(UUID subscriptionId, String displayName) {
    }
}
