package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.ArmCallException;
import dev.portcullis.scanner.azure.SubscriptionDiscovery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to an onboarded tenant: a new credential (tried against ARM before it replaces the old one), a subscription
 * enabled or disabled, and offboarding, with the history kept or purged.
 */
@ApplicationScoped
public class TenantChanges {

    private final SubscriptionDiscovery discovery;
    private final SecretBox box;
    private final Event<EstateChanged> changed;
    private final AuditLog audit;
    private final InstallationPolicy policy;

    public TenantChanges(SubscriptionDiscovery discovery, SecretBox box, Event<EstateChanged> changed,
                         AuditLog audit, InstallationPolicy policy) {
        this.policy = policy;
        this.discovery = discovery;
        this.box = box;
        this.changed = changed;
        this.audit = audit;
    }

    /** A credential to replace the current one; the cloud stays as onboarded. */
    public record NewCredential(String type, String clientId, String clientSecret, String certificatePem,
                                String federatedTokenFile) {
        @Override
        public String toString() {
            return "NewCredential[type=" + type + ", clientId=" + clientId + "]";
        }
    }

    /**
     * Validates the new credential, lists the tenant's subscriptions with it (so a wrong one is refused and the old one
     * stays), then seals and stores it. Empty when the tenant does not exist or was offboarded.
     */
    public Optional<String> rotateCredential(Caller caller, UUID tenantRef, NewCredential credential) {
        try {
            Optional<String> rotated = rotate(tenantRef, credential, GrantRules.isFullAdmin(caller));
            rotated.ifPresent(type -> audit.record(caller, "ROTATE_CREDENTIAL", AuditLog.Outcome.SUCCESS,
                    "tenant " + tenantRef, credential.toString()));
            return rotated;
        } catch (RuntimeException e) {
            audit.record(caller, "ROTATE_CREDENTIAL", AuditLog.Outcome.FAILURE, "tenant " + tenantRef,
                    e.getMessage());
            throw e;
        }
    }

    private Optional<String> rotate(UUID tenantRef, NewCredential credential, boolean fullAdmin) {
        Optional<TenantEntity> found = QuarkusTransaction.requiringNew().call(() ->
                TenantEntity.<TenantEntity>findByIdOptional(tenantRef).filter(t -> t.offboardedAt == null));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TenantEntity tenant = found.get();
        boolean custom = CloudName.CUSTOM.wireName().equals(tenant.cloudName);
        TenantConnection connection = new TenantRegistration(tenant.displayName, tenant.tenantId.toString(),
                tenant.cloudName, custom ? tenant.resourceManagerEndpoint : null, custom ? tenant.authorityHost : null,
                credential.type(), credential.clientId(), credential.clientSecret(), credential.certificatePem(),
                credential.federatedTokenFile(), tenant.managementGroupId).validateNewCredential(policy, fullAdmin);
        if (StoredCredential.needsSealing(connection) && !box.canSeal()) {
            throw new SecretBox.NoMasterKeyException();
        }
        try {
            discovery.discover(connection, tenant.managementGroupId);
        } catch (ArmCallException e) {
            throw new DiscoveryFailedException(e.getMessage(), e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            StoredCredential.write(TenantEntity.findById(tenantRef), connection, box);
        });
        return Optional.of(connection.credentialType().wireName());
    }

    /** Enables or disables one of the tenant's subscriptions; false when it is not the tenant's. */
    public boolean setEnabled(Caller caller, UUID tenantRef, UUID subscriptionId, boolean enabled) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> SubscriptionEntity
                .findBySubscriptionId(subscriptionId)
                .filter(s -> s.tenant.id.equals(tenantRef) && s.tenant.offboardedAt == null)
                .map(s -> {
                    s.enabled = enabled;
                    return true;
                }).orElse(false));
        if (done) {
            audit.record(caller, enabled ? "ENABLE_SUBSCRIPTION" : "DISABLE_SUBSCRIPTION", AuditLog.Outcome.SUCCESS,
                    "subscription " + subscriptionId, "tenant " + tenantRef);
        }
        return done;
    }

    /**
     * Offboards the tenant. Keeping its history erases its credential, disables its subscriptions and marks it; purging
     * deletes it with everything recorded of it. False when it does not exist.
     */
    public boolean offboard(Caller caller, UUID tenantRef, boolean keepHistory, Instant now) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> {
            TenantEntity tenant = TenantEntity.findById(tenantRef);
            if (tenant == null) {
                return false;
            }
            if (!keepHistory) {
                tenant.delete();
                return true;
            }
            tenant.offboardedAt = now;
            tenant.clientSecretSealed = null;
            tenant.clientCertificateSealed = null;
            tenant.legacyClientSecret = null;
            SubscriptionEntity.update("enabled = false where tenant.id = ?1", tenantRef);
            return true;
        });
        if (done) {
            changed.fire(new EstateChanged("tenant offboarded"));
            audit.record(caller, "OFFBOARD_TENANT", AuditLog.Outcome.SUCCESS, "tenant " + tenantRef,
                    "history " + (keepHistory ? "keep" : "purge"));
        }
        return done;
    }
}
