package dev.portcullis.persistence.query;

import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read model of tenants and their subscriptions, shared by the API and the pages. */
@ApplicationScoped
@Transactional
public class TenantQueries {

    private final EntityManager em;

    public TenantQueries(EntityManager em) {
        this.em = em;
    }

    public List<TenantView> list() {
        List<TenantEntity> tenants = TenantEntity.list("order by displayName");
        Map<UUID, LatestScan> latest = latestScans();
        return tenants.stream().map(t -> toView(t, latest)).toList();
    }

    public Optional<TenantView> find(UUID id) {
        return TenantEntity.<TenantEntity>findByIdOptional(id).map(t -> toView(t, latestScans()));
    }

    /** A tenant's Portcullis id from either its own id or its Entra tenant id. */
    public Optional<UUID> resolve(UUID idOrTenantId) {
        return TenantEntity.<TenantEntity>findByIdOptional(idOrTenantId)
                .or(() -> TenantEntity.findByTenantId(idOrTenantId))
                .map(t -> t.id);
    }

    public Optional<UUID> subscriptionRef(UUID subscriptionId) {
        return SubscriptionEntity.findBySubscriptionId(subscriptionId).map(s -> s.id);
    }

    private TenantView toView(TenantEntity tenant, Map<UUID, LatestScan> latest) {
        List<SubscriptionEntity> subscriptions = SubscriptionEntity.list("tenant.id = ?1 order by displayName",
                tenant.id);
        List<SubscriptionView> views = subscriptions.stream().map(s -> {
            LatestScan scan = latest.getOrDefault(s.id, LatestScan.NONE);
            return new SubscriptionView(s.subscriptionId, s.displayName, s.state, s.enabled, s.defenderServersTier,
                    s.defenderServersSubPlan, scan.status(), scan.at(), scan.error(), scan.lastSuccessAt(),
                    "FAILED".equals(scan.status()));
        }).toList();
        return new TenantView(tenant.id, tenant.displayName, tenant.tenantId,
                new TenantView.Cloud(tenant.cloudName, tenant.resourceManagerEndpoint, tenant.authorityHost),
                new TenantView.Credential(tenant.credentialType, tenant.clientId), views);
    }

    /** Each subscription's most recent subscription scan and last success, in one indexed query. */
    @SuppressWarnings("unchecked")
    private Map<UUID, LatestScan> latestScans() {
        List<Object[]> rows = em.createNativeQuery("""
                select s.id,
                       (select ss.status from subscription_scan ss where ss.subscription_ref = s.id
                         order by ss.started_at desc limit 1),
                       (select ss.started_at from subscription_scan ss where ss.subscription_ref = s.id
                         order by ss.started_at desc limit 1),
                       (select ss.error from subscription_scan ss where ss.subscription_ref = s.id
                         order by ss.started_at desc limit 1),
                       (select max(ss.started_at) from subscription_scan ss where ss.subscription_ref = s.id
                         and ss.status = 'SUCCEEDED')
                  from subscription s
                """).getResultList();
        Map<UUID, LatestScan> latest = new HashMap<>();
        for (Object[] row : rows) {
            latest.put((UUID) row[0], new LatestScan((String) row[1], instant(row[2]), (String) row[3],
                    instant(row[4])));
        }
        return latest;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    private record LatestScan(String status, Instant at, String error, Instant lastSuccessAt) {
        static final LatestScan NONE = new LatestScan(null, null, null, null);
    }
}
