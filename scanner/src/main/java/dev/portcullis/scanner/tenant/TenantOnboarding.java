package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.InstallationPolicy;
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
 * (enabled) in one transaction. A failed discovery stores nothing. A subscription another tenant already holds stays
 * with it and is named in the answer, never silently left out nor blocking the rest. A tenant offboarded with its
 * history kept is onboarded again in place.
 */
@ApplicationScoped
public class TenantOnboarding {

    private final SubscriptionDiscovery discovery;
    private final SecretBox box;
    private final InstallationPolicy policy;

    public TenantOnboarding(SubscriptionDiscovery discovery, SecretBox box, InstallationPolicy policy) {
        this.discovery = discovery;
        this.box = box;
        this.policy = policy;
    }

    /** A tenant stored, and the subscriptions it found that another tenant holds. */
    public record Onboarded(UUID tenantRef, List<SubscriptionConflict> conflicts) {
    }

    /**
     * Validates, discovers and stores; the secret is sealed before it is stored.
     *
     * @param fullAdmin whether the caller holds ADMIN over every tenant (see {@link TenantRegistration#validate})
     * @throws SecretBox.NoMasterKeyException when the credential has a secret and no master key is configured
     */
    public Onboarded onboard(TenantRegistration registration, boolean fullAdmin) {
        TenantConnection connection = registration.validate(policy, fullAdmin);
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
    private Onboarded restore(UUID tenantRef, TenantRegistration registration, TenantConnection connection,
                              List<DiscoveredSubscription> subscriptions) {
        TenantEntity tenant = TenantEntity.findById(tenantRef);
        if (tenant.offboardedAt == null) {
            throw new DuplicateTenantException(connection.tenantId());
        }
        describe(tenant, registration, connection);
        tenant.offboardedAt = null;
        List<SubscriptionConflict> conflicts = SubscriptionRediscovery.reconcile(tenantRef, subscriptions,
                Instant.now());
        SubscriptionEntity.update("enabled = true where tenant.id = ?1 and removedAt is null", tenantRef);
        return new Onboarded(tenantRef, conflicts);
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

    private Onboarded store(TenantRegistration registration, TenantConnection connection,
                            List<DiscoveredSubscription> subscriptions) {
        UUID tenantId = UUID.fromString(connection.tenantId());
        if (TenantEntity.findByTenantId(tenantId).isPresent()) {
            throw new DuplicateTenantException(connection.tenantId());
        }
        Instant now = Instant.now();
        TenantEntity tenant = new TenantEntity();
        tenant.id = UUID.randomUUID();
        tenant.tenantId = tenantId;
        describe(tenant, registration, connection);
        tenant.createdAt = now;
        tenant.persist();
        return new Onboarded(tenant.id, SubscriptionRediscovery.reconcile(tenant.id, subscriptions, now));
    }
}
