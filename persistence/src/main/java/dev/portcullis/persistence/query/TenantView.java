package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant as the API and pages show it: never with its secret. */
public record TenantView(UUID id, String displayName, UUID tenantId, Cloud cloud, Credential credential,
                         List<SubscriptionView> subscriptions, Instant offboardedAt, String managementGroupId) {

    public record Cloud(String name, String resourceManagerEndpoint, String authorityHost) {
    }

    public record Credential(String type, String clientId) {
    }
}
