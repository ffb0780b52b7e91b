package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.sql.Row;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Read model of tenants and their subscriptions, shared by the API and the pages. */
@ApplicationScoped
@Transactional
public class TenantQueries {

    private final EntityManager em;

    public TenantQueries(EntityManager em) {
        this.em = em;
    }

    public List<TenantView> list(TenantScope scope) {
        List<TenantEntity> tenants = scope.bind(em.createQuery("from TenantEntity t where "
                + scope.condition("t.id") + " order by t.displayName", TenantEntity.class)).getResultList();
        Map<UUID, LatestScan> latest = latestScans();
        return tenants.stream().map(t -> toView(t, latest)).toList();
    }

    /** Every tenant with its subscriptions' ids and names, in one query. */
    public TenantDirectory directory(TenantScope scope) {
        Map<UUID, TenantDirectory.Tenant> tenants = new LinkedHashMap<>();
        List<Row> rows = Row.all(scope.bind(em.createNativeQuery("""
                select t.id as tenant_ref, t.display_name as tenant_name, s.subscription_id,
                       s.display_name as subscription_name, t.tenant_id
                  from tenant t left join subscription s on s.tenant_ref = t.id
                 where %s
                 order by t.display_name, t.id, s.display_name""".formatted(scope.condition("t.id")), Tuple.class)));
        for (Row row : rows) {
            TenantDirectory.Tenant tenant = tenants.computeIfAbsent(row.uuid("tenant_ref"),
                    id -> new TenantDirectory.Tenant(id, row.string("tenant_name"), row.uuid("tenant_id"),
                            new ArrayList<>()));
            if (row.value("subscription_id") != null) {
                tenant.subscriptions().add(new TenantDirectory.Subscription(row.uuid("subscription_id"),
                        row.string("subscription_name")));
            }
        }
        return new TenantDirectory(List.copyOf(tenants.values()));
    }

    public Optional<TenantView> find(TenantScope scope, UUID id) {
        return TenantEntity.<TenantEntity>findByIdOptional(id).filter(t -> scope.includes(t.id))
                .map(t -> toView(t, latestScans()));
    }

    /** A tenant's Portcullis id from either its own id or its Entra tenant id. */
    public Optional<UUID> resolve(TenantScope scope, UUID idOrTenantId) {
        return TenantEntity.<TenantEntity>findByIdOptional(idOrTenantId)
                .or(() -> TenantEntity.findByTenantId(idOrTenantId))
                .map(t -> t.id)
                .filter(scope::includes);
    }

    public Optional<UUID> subscriptionRef(TenantScope scope, UUID subscriptionId) {
        return SubscriptionEntity.findBySubscriptionId(subscriptionId).filter(s -> scope.includes(s.tenant.id))
                .map(s -> s.id);
    }

    /** The Entra tenant id of an onboarded tenant, by its Portcullis id. */
    public Optional<UUID> entraTenantIdOf(UUID tenantRef) {
        return TenantEntity.<TenantEntity>findByIdOptional(tenantRef).map(t -> t.tenantId);
    }

    /** The Portcullis ids of the onboarded tenants among these Entra tenant ids. */
    public Set<UUID> refsOf(Collection<UUID> entraTenantIds) {
        if (entraTenantIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select t.id from TenantEntity t where t.tenantId in (:ids)", UUID.class)
                .setParameter("ids", entraTenantIds).getResultList());
    }

    private TenantView toView(TenantEntity tenant, Map<UUID, LatestScan> latest) {
        List<SubscriptionEntity> subscriptions = SubscriptionEntity.list("tenant.id = ?1 order by displayName",
                tenant.id);
        Map<UUID, SubscriptionView.ChangeDetection> changes = changeDetection(tenant.id);
        List<SubscriptionView> views = subscriptions.stream().map(s -> {
            LatestScan scan = latest.getOrDefault(s.id, LatestScan.NONE);
            return new SubscriptionView(s.subscriptionId, s.displayName, s.state, s.enabled, s.defenderServersTier,
                    s.defenderServersSubPlan, scan.status() == null ? null : scan.status().name(), scan.at(),
                    scan.error(), scan.lastSuccessAt(), scan.status() == SubscriptionScanStatus.FAILED, s.removedAt,
                    changes.getOrDefault(s.id, SubscriptionView.ChangeDetection.NONE));
        }).toList();
        return new TenantView(tenant.id, tenant.displayName, tenant.tenantId,
                new TenantView.Cloud(tenant.cloudName, tenant.resourceManagerEndpoint, tenant.authorityHost),
                new TenantView.Credential(tenant.credentialType, tenant.clientId), views, tenant.offboardedAt,
                tenant.managementGroupId);
    }

    /** Where change detection stands for each subscription of the tenant that has been polled or told of a change. */
    private Map<UUID, SubscriptionView.ChangeDetection> changeDetection(UUID tenantRef) {
        Map<UUID, SubscriptionView.ChangeDetection> byRef = new java.util.HashMap<>();
        Row.all(em.createNativeQuery("select f.subscription_ref as ref, f.last_change_at as last_change_at,"
                        + " f.last_poll_at as last_poll_at, f.last_poll_error as last_poll_error from change_feed f"
                        + " join subscription s on s.id = f.subscription_ref where s.tenant_ref = :tenant",
                jakarta.persistence.Tuple.class).setParameter("tenant", tenantRef))
                .forEach(row -> byRef.put(row.uuid("ref"), new SubscriptionView.ChangeDetection(
                        row.instant("last_change_at"), row.instant("last_poll_at"), row.string("last_poll_error"))));
        return byRef;
    }

    /** Each subscription's most recent subscription scan and when its data was last collected, in one query. */
    private Map<UUID, LatestScan> latestScans() {
        List<Row> rows = Row.all(em.createNativeQuery("""
                select s.id as subscription_ref, l.status, l.started_at, l.error, s.last_good_scan_at
                  from subscription s
                  left join lateral (select ss.status, ss.started_at, ss.error from subscription_scan ss
                                      where ss.subscription_ref = s.id order by ss.started_at desc limit 1) l on true
                """, Tuple.class));
        Map<UUID, LatestScan> latest = new HashMap<>();
        for (Row row : rows) {
            latest.put(row.uuid("subscription_ref"), new LatestScan(
                    row.enumValue("status", SubscriptionScanStatus.class), row.instant("started_at"),
                    row.string("error"), row.instant("last_good_scan_at")));
        }
        return latest;
    }

    private record LatestScan(SubscriptionScanStatus status, Instant at, String error, Instant lastSuccessAt) {
        static final LatestScan NONE = new LatestScan(null, null, null, null);
    }
}
