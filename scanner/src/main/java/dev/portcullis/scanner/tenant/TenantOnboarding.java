package dev.portcullis.scanner.tenant;

import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.ArmCallException;
import dev.portcullis.scanner.azure.SubscriptionDiscovery.DiscoveredSubscription;
import dev.portcullis.scanner.azure.SubscriptionDiscovery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Onboards a tenant: validate, discover its subscriptions through ARM, then store the tenant and its subscriptions
 * (enabled) in one transaction. A failed discovery stores nothing. A tenant offboarded with its history kept is
 * onboarded again in place.
 */
@ApplicationScoped
public class TenantOnboarding {

    private final SubscriptionDiscovery discovery;
    private final SecretBox box;

    public TenantOnboarding(SubscriptionDiscovery discovery, SecretBox box) {
        this.discovery = discovery;
        this.box = box;
    }

    /**
     * Validates, discovers and stores; the secret is sealed before it is stored.
     *
     * @throws SecretBox.NoMasterKeyException when the credential has a secret and no master key is configured
     */
    public UUID onboard(TenantRegistration registration) {
        TenantConnection connection = registration.validate();
        if (StoredCredential.needsSealing(connection) && !box.canSeal()) {
            throw new SecretBox.NoMasterKeyException();
        }
        UUID tenantId = UUID.fromString(connection.tenantId());
        Optional<UUID> offboarded = QuarkusTransaction.requiringNew().call(() -> {
            Optional<TenantEntity> existing = TenantEntity.findByTenantId(tenantId);
            if (existing.isPresent() && existing.get().offboardedAt == null) {
                throw new DuplicateTenantException(connection.tenantId());
            }
            return existing.map(t -> t.id);
        });
        List<DiscoveredSubscription> subscriptions;
        try {
            subscriptions = discovery.discover(connection, registration.managementGroupId());
        } catch (ArmCallException e) {
            throw new DiscoveryFailedException(e.getMessage(), e);
        }
        if (offboarded.isPresent()) {
            return QuarkusTransaction.requiringNew().call(() -> restore(offboarded.get(), registration, connection,
                    subscriptions));
        }
        return QuarkusTransaction.requiringNew().call(() -> store(registration, connection, subscriptions));
    }

    /**
     * Onboards again a tenant that was offboarded with its history kept: same tenant, so its findings and trends
     * carry on; the new credential and settings replace the erased ones and the subscriptions found are scanned again.
     */
    private UUID restore(UUID tenantRef, TenantRegistration registration, TenantConnection connection,
                         List<DiscoveredSubscription> subscriptions) {
        TenantEntity tenant = TenantEntity.findById(tenantRef);
        if (tenant.offboardedAt == null) {
            throw new DuplicateTenantException(connection.tenantId());
        }
        describe(tenant, registration, connection);
        tenant.offboardedAt = null;
        Instant now = Instant.now();
        SubscriptionRediscovery.reconcile(tenantRef, subscriptions, now);
        SubscriptionEntity.update("enabled = true where tenant.id = ?1 and removedAt is null", tenantRef);
        return tenantRef;
    }

    /** Writes what the registration says of the tenant: name, cloud, credential (sealed) and management group. */
    private void describe(TenantEntity tenant, TenantRegistration registration, TenantConnection connection) {
        tenant.displayName = registration.displayName().trim();
        tenant.cloudName = connection.cloud().wireName();
        tenant.resourceManagerEndpoint = connection.resourceManagerEndpoint().toString();
        tenant.authorityHost = connection.authorityHost().toString();
        StoredCredential.write(tenant, connection, box);
        tenant.managementGroupId = registration.managementGroupId();
    }

    private UUID store(TenantRegistration registration, TenantConnection connection,
                              List<DiscoveredSubscription> subscriptions) {
        UUID tenantId = UUID.fromString(connection.tenantId());
        if (TenantEntity.findByTenantId(tenantId).isPresent()) {
            throw new DuplicateTenantException(connection.tenantId());
        }
        for (DiscoveredSubscription discovered : subscriptions) {
            if (SubscriptionEntity.findBySubscriptionId(UUID.fromString(discovered.subscriptionId())).isPresent()) {
                throw new DiscoveryFailedException("Subscription " + discovered.subscriptionId()
                        + " is already onboarded under another tenant", null);
            }
        }
        Instant now = Instant.now();
        TenantEntity tenant = new TenantEntity();
        tenant.id = UUID.randomUUID();
        tenant.tenantId = tenantId;
        describe(tenant, registration, connection);
        tenant.createdAt = now;
        tenant.persist();
        for (DiscoveredSubscription discovered : subscriptions) {
            SubscriptionEntity subscription = new SubscriptionEntity();
            subscription.id = UUID.randomUUID();
            subscription.tenant = tenant;
            subscription.subscriptionId = UUID.fromString(discovered.subscriptionId());
            subscription.displayName = discovered.displayName();
            subscription.state = discovered.state();
            subscription.enabled = true;
            subscription.createdAt = now;
            subscription.persist();
        }
        return tenant.id;
    }
}
