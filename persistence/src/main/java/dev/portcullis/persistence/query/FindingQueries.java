package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.finding.FindingEventEntity;
import dev.portcullis.persistence.sql.Jpql;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Read model of findings: filtered, paged, most severe and newest first. */
@ApplicationScoped
@Transactional
public class FindingQueries {

    private final EntityManager em;

    /** A finding with its subscription's id and last good scan, read by {@link #toView(Row, boolean)}. */
    private static final String FINDING_COLUMNS = "select f as finding, s.subscriptionId as subscriptionId,"
            + " s.displayName as subscriptionName, s.lastGoodScanAt as lastGoodScanAt";

    private static final String SEVERITY_ORDER = " order by " + Jpql.declarationOrder("f.severity", Severity.class)
            + ", f.firstSeenAt desc, f.id";

    public FindingQueries(EntityManager em) {
        this.em = em;
    }

    public Page<FindingView> list(TenantScope scope, FindingFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" from FindingEntity f, SubscriptionEntity s"
                + " where s.id = f.subscriptionRef and " + scope.condition("s.tenant.id"));
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and f.status = :status");
            params.put("status", filter.status());
        }
        if (filter.tenantRef() != null) {
            where.append(" and s.tenant.id = :tenant");
            params.put("tenant", filter.tenantRef());
        }
        if (filter.subscriptionId() != null) {
            where.append(" and s.subscriptionId = :subscription");
            params.put("subscription", filter.subscriptionId());
        }
        if (filter.checkId() != null) {
            where.append(" and f.checkId = :check");
            params.put("check", filter.checkId());
        }
        if (filter.severity() != null) {
            where.append(" and f.severity = :severity");
            params.put("severity", filter.severity());
        }
        TypedQuery<Long> count = em.createQuery("select count(f)" + where, Long.class);
        TypedQuery<Tuple> select = em.createQuery(FINDING_COLUMNS + where + SEVERITY_ORDER, Tuple.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        scope.bind(count);
        scope.bind(select);
        Set<UUID> stale = StaleSubscriptions.refs(em);
        List<FindingView> items = Row.all(select.setFirstResult(page * size).setMaxResults(size)).stream()
                .map(row -> toView(row, stale.contains(row.get("finding", FindingEntity.class).subscriptionRef)))
                .toList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /** One finding; empty when it does not exist. */
    public Optional<FindingView> find(TenantScope scope, UUID id) {
        return rows(scope, "f.id = :p", id).stream().findFirst();
    }

    /** The findings of these ids that exist, in any tenant (for messages already scoped by their destination). */
    public List<FindingView> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : rows(TenantScope.ALL, "f.id in :p", ids);
    }

    /** Every finding of a resource (open, suppressed and resolved), most severe first. */
    public List<FindingView> ofResource(TenantScope scope, String resourceId) {
        return rows(scope, "f.resourceKey = :p", resourceId.trim().toLowerCase(Locale.ROOT));
    }

    /** Severity → number of open findings. */
    public Map<String, Long> openBySeverity(TenantScope scope) {
        Map<String, Long> counts = new HashMap<>();
        Row.all(scope.bind(em.createQuery("select f.severity as severity, count(f) as findings"
                        + " from FindingEntity f, SubscriptionEntity s"
                        + " where s.id = f.subscriptionRef and f.status = " + Jpql.literal(FindingStatus.OPEN)
                        + " and " + scope.condition("s.tenant.id")
                        + " group by f.severity", Tuple.class)))
                .forEach(row -> counts.put(row.get("severity", Severity.class).name(),
                        row.get("findings", Long.class)));
        return counts;
    }

    /** The transitions of each of the findings, oldest first. */
    public Map<UUID, List<FindingEventView>> eventsOf(List<UUID> findingIds) {
        Map<UUID, List<FindingEventView>> events = new HashMap<>();
        if (findingIds.isEmpty()) {
            return events;
        }
        Row.all(em.createQuery("select e.findingRef as findingRef, e.type as eventType, e.at as eventAt,"
                        + " e.scanRef as scanRef, e.reason as reason from FindingEventEntity e"
                        + " where e.findingRef in :ids order by e.at, e.id", Tuple.class)
                .setParameter("ids", findingIds))
                .forEach(row -> events.computeIfAbsent(row.uuid("findingRef"), k -> new ArrayList<>())
                        .add(new FindingEventView(row.string("eventType"), row.get("eventAt", Instant.class),
                                row.uuid("scanRef"), row.string("reason"))));
        return events;
    }

    /** The findings one query selects; staleness is read for their subscriptions only. */
    private List<FindingView> rows(TenantScope scope, String where, Object parameter) {
        List<Row> rows = Row.all(scope.bind(em.createQuery(FINDING_COLUMNS
                        + " from FindingEntity f join SubscriptionEntity s on s.id = f.subscriptionRef where " + where
                        + " and " + scope.condition("s.tenant.id") + SEVERITY_ORDER, Tuple.class))
                .setParameter("p", parameter).setHint(HibernateHints.HINT_READ_ONLY, true));
        Set<UUID> stale = new HashSet<>();
        rows.stream().map(row -> row.get("finding", FindingEntity.class).subscriptionRef).distinct()
                .filter(ref -> StaleSubscriptions.isStale(em, ref)).forEach(stale::add);
        return rows.stream()
                .map(row -> toView(row, stale.contains(row.get("finding", FindingEntity.class).subscriptionRef)))
                .toList();
    }

    /** The finding's transitions, oldest first; empty when the finding does not exist. */
    public Optional<List<FindingEventView>> events(TenantScope scope, UUID findingId) {
        if (find(scope, findingId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select e from FindingEventEntity e where e.findingRef = :f"
                        + " order by e.at, e.id", FindingEventEntity.class)
                .setParameter("f", findingId).getResultList().stream()
                .map(e -> new FindingEventView(e.type, e.at, e.scanRef, e.reason)).toList());
    }

    private static FindingView toView(Row row, boolean stale) {
        return toView(row.get("finding", FindingEntity.class), row.uuid("subscriptionId"),
                row.string("subscriptionName"), row.get("lastGoodScanAt", Instant.class), stale);
    }

    /**
     * An open or suppressed finding was seen failing at its subscription's last good scan: its last-seen time is read
     * from there rather than rewritten on every scan.
     */
    static FindingView toView(FindingEntity f, UUID subscriptionId, String subscriptionName, Instant lastGoodScanAt,
                              boolean stale) {
        return new FindingView(f.id, f.checkId, f.resourceId, f.resourceName, subscriptionId, subscriptionName,
                f.severity.name(), f.status.name(), f.firstSeenAt, lastSeen(f.status, f.lastSeenAt, lastGoodScanAt),
                f.resolvedAt, f.reopenCount, f.detail, stale);
    }

    /** The last-seen time a finding shows: its subscription's last good scan while it is still failing. */
    static Instant lastSeen(FindingStatus status, Instant lastSeenAt, Instant lastGoodScanAt) {
        return status != FindingStatus.RESOLVED && lastGoodScanAt != null && lastGoodScanAt.isAfter(lastSeenAt)
                ? lastGoodScanAt : lastSeenAt;
    }
}
