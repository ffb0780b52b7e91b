package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.ArmCallException;
import dev.portcullis.scanner.azure.SubscriptionDiscovery;
import dev.portcullis.scanner.azure.SubscriptionDiscovery.DiscoveredSubscription;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps each tenant's subscriptions current before a scan: subscriptions discovery finds for the first time are
 * added (enabled), those it no longer finds (moved out of the management group, deleted, access lost) are marked
 * removed and no longer scanned, and those found again are restored. Their history stays either way. A tenant whose
 * discovery fails keeps its list as it is; the scan then records what fails.
 */
@ApplicationScoped
public class SubscriptionRediscovery {

    private static final Logger LOG = Logger.getLogger(SubscriptionRediscovery.class);

    private final SubscriptionDiscovery discovery;
    private final TenantConnections connections;

    public SubscriptionRediscovery(SubscriptionDiscovery discovery, TenantConnections connections) {
        this.discovery = discovery;
        this.connections = connections;
    }

    private record Target(UUID tenantRef, TenantConnection connection, String managementGroupId) {
    }

    /** Rediscovers one tenant, or every onboarded one when {@code tenantRef} is null. */
    public void refresh(UUID tenantRef, Instant now) {
        List<Target> targets = QuarkusTransaction.requiringNew().call(() -> TenantEntity.<TenantEntity>listAll()
                .stream()
                .filter(t -> t.offboardedAt == null && (tenantRef == null || t.id.equals(tenantRef)))
                .map(t -> new Target(t.id, connections.of(t), t.managementGroupId))
                .toList());
        for (Target target : targets) {
            List<DiscoveredSubscription> found;
            try {
                found = discovery.discover(target.connection(), target.managementGroupId());
            } catch (ArmCallException e) {
                LOG.warnf("Tenant %s: subscriptions not rediscovered, its list stays as it was: %s",
                        target.connection().tenantId(), e.getMessage());
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> reconcile(target.tenantRef(), found, now));
        }
    }

    /**
     * Brings the tenant's subscriptions in line with what discovery found; returns those another tenant holds, which
     * are left with it.
     */
    static List<SubscriptionConflict> reconcile(UUID tenantRef, List<DiscoveredSubscription> found, Instant now) {
        TenantEntity tenant = TenantEntity.findById(tenantRef);
        List<SubscriptionConflict> conflicts = new ArrayList<>();
        Map<UUID, SubscriptionEntity> known = SubscriptionEntity.<SubscriptionEntity>list("tenant.id", tenantRef)
                .stream().collect(Collectors.toMap(s -> s.subscriptionId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (DiscoveredSubscription discovered : found) {
            UUID id = UUID.fromString(discovered.subscriptionId());
            seen.add(id);
            SubscriptionEntity subscription = known.get(id);
            if (subscription != null) {
                subscription.displayName = discovered.displayName();
                subscription.state = discovered.state();
                subscription.removedAt = null;
            } else if (SubscriptionEntity.findBySubscriptionId(id).isPresent()) {
                LOG.warnf("Subscription %s is onboarded under another tenant; not added to %s", id, tenant.tenantId);
                conflicts.add(SubscriptionConflict.heldByAnotherTenant(discovered.subscriptionId(),
                        discovered.displayName()));
            } else {
                SubscriptionEntity added = new SubscriptionEntity();
                added.id = UUID.randomUUID();
                added.tenant = tenant;
                added.subscriptionId = id;
                added.displayName = discovered.displayName();
                added.state = discovered.state();
                added.enabled = true;
                added.createdAt = now;
                added.persist();
                LOG.infof("Tenant %s: new subscription %s (%s) found and added", tenant.tenantId, id,
                        discovered.displayName());
            }
        }
        known.values().stream().filter(s -> !seen.contains(s.subscriptionId) && s.removedAt == null)
                .forEach(s -> {
                    s.removedAt = now;
                    LOG.infof("Tenant %s: subscription %s no longer found; marked removed, its history kept",
                            tenant.tenantId, s.subscriptionId);
                });
        return conflicts;
    }
}
