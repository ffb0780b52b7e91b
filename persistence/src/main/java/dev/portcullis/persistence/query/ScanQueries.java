package dev.portcullis.persistence.query;

import dev.portcullis.engine.findings.Transition;
import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read model of scans. */
@ApplicationScoped
@Transactional
public class ScanQueries {

    /** The most changes listed as a scan's triggers. */
    public static final int MAX_TRIGGERS = 1000;

    private final EntityManager em;

    public ScanQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<ScanView> find(TenantScope scope, UUID id) {
        return toViews(scope, visible(scope, "sc.id = :id", 0, 1, id)).stream().findFirst();
    }

    /**
     * The changes in Azure that asked for the scan (or joined it), in the subscriptions the scope holds, oldest first;
     * empty when the scan is unknown or not the scope's.
     */
    /** The first {@link #MAX_TRIGGERS} changes that asked for a scan (a deployment can write thousands). */
    public Optional<List<ScanTrigger>> triggers(TenantScope scope, UUID scanId) {
        if (find(scope, scanId).isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = scope.bind(em.createNativeQuery("select c.source, c.operation,"
                        + " c.resource_id, c.caller, c.occurred_at, c.received_at from change_event c"
                        + " join subscription s on s.id = c.subscription_ref where c.scan_ref = :scan and "
                        + scope.condition("s.tenant_ref") + " order by c.occurred_at, c.id",
                Tuple.class)).setParameter("scan", scanId).setMaxResults(MAX_TRIGGERS).getResultList();
        return Optional.of(rows.stream().map(r -> new ScanTrigger(r.get(0, String.class), r.get(1, String.class),
                r.get(2, String.class), r.get(3, String.class), r.get(4, Instant.class),
                r.get(5, Instant.class))).toList());
    }

    public List<ScanView> recent(TenantScope scope, int limit) {
        return toViews(scope, visible(scope, "1 = 1", 0, limit, null));
    }

    /** Scans newest first, one page of them. */
    public Page<ScanView> page(TenantScope scope, int page, int size) {
        List<ScanView> items = toViews(scope, visible(scope, "1 = 1", page * size, size, null));
        long total = scope.bind(em.createQuery("select count(sc) from ScanEntity sc where " + visibleTo(scope),
                Long.class)).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    /**
     * A scan is visible in a scope when it was asked for one of the scope's tenants or subscriptions (visible from the
     * moment it is queued, before it is planned) or one of the scope's subscriptions took part; what it shows of itself
     * is limited to those subscriptions.
     */
    private static String visibleTo(TenantScope scope) {
        if (scope.all()) {
            return "1 = 1";
        }
        return "(" + scope.condition("sc.scopeTenant") + " or exists (select 1 from SubscriptionEntity asked"
                + " where asked.id = sc.scopeSubscription and " + scope.condition("asked.tenant.id") + ")"
                + " or exists (select 1 from SubscriptionScanEntity ss,"
                + " SubscriptionEntity s where ss.scanRef = sc.id and s.id = ss.subscriptionRef and "
                + scope.condition("s.tenant.id") + "))";
    }

    private List<ScanEntity> visible(TenantScope scope, String where, int first, int max, UUID id) {
        var query = scope.bind(em.createQuery("from ScanEntity sc where " + where + " and " + visibleTo(scope)
                + " order by sc.requestedAt desc", ScanEntity.class));
        if (id != null) {
            query.setParameter("id", id);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    private List<SubscriptionScanEntity> subscriptionScans(TenantScope scope, UUID scanId) {
        return scope.bind(em.createQuery("select ss from SubscriptionScanEntity ss, SubscriptionEntity s"
                        + " where s.id = ss.subscriptionRef and ss.scanRef = :scan and " + scope.condition("s.tenant.id")
                        + " order by ss.startedAt", SubscriptionScanEntity.class))
                .setParameter("scan", scanId).getResultList();
    }

    /** Findings opened, resolved and reopened by each subscription of the scan, from the events it caused. */
    public Optional<ScanDiffView> diff(TenantScope scope, UUID scanId) {
        if (find(scope, scanId).isEmpty()) {
            return Optional.empty();
        }
        List<SubscriptionScanEntity> rows = subscriptionScans(scope, scanId);
        List<ScanDiffView.SubscriptionDiff> diffs = rows.stream().map(row -> {
            SubscriptionEntity subscription = SubscriptionEntity.findById(row.subscriptionRef);
            UUID previous = em.createQuery("select ss.scanRef from SubscriptionScanEntity ss"
                            + " where ss.subscriptionRef = :sub and ss.status = :succeeded and ss.startedAt < :start"
                            + " order by ss.startedAt desc", UUID.class)
                    .setParameter("sub", row.subscriptionRef).setParameter("start", row.startedAt)
                    .setParameter("succeeded", SubscriptionScanStatus.SUCCEEDED)
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
            return new ScanDiffView.SubscriptionDiff(subscription.subscriptionId, row.status.name(), previous,
                    changed(scanId, row.subscriptionRef, Transition.Type.OPENED, subscription),
                    changed(scanId, row.subscriptionRef, Transition.Type.RESOLVED, subscription),
                    changed(scanId, row.subscriptionRef, Transition.Type.REOPENED, subscription));
        }).toList();
        return Optional.of(new ScanDiffView(scanId, diffs));
    }

    private List<FindingView> changed(UUID scanId, UUID subscriptionRef, Transition.Type type,
                                      SubscriptionEntity subscription) {
        return em.createQuery("select f from FindingEntity f where f.subscriptionRef = :sub and exists ("
                        + " select 1 from FindingEventEntity e where e.findingRef = f.id and e.scanRef = :scan"
                        + " and e.type = :type) order by f.checkId, f.resourceKey", FindingEntity.class)
                .setParameter("sub", subscriptionRef).setParameter("scan", scanId).setParameter("type", type.name())
                .getResultStream().map(f -> FindingQueries.toView(f, subscription.subscriptionId, subscription.displayName,
                        f.lastSeenAt, false)).toList();
    }

    /**
     * The scans as views, in their order, with three queries whatever their number: the subscriptions' parts within
     * the scope, those subscriptions, and the findings each scan changed (by {@code finding_event_scan_idx}).
     */
    private List<ScanView> toViews(TenantScope scope, List<ScanEntity> scans) {
        if (scans.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = scans.stream().map(scan -> scan.id).toList();
        Map<UUID, List<SubscriptionScanEntity>> rows = scope.bind(em.createQuery("select ss from"
                        + " SubscriptionScanEntity ss, SubscriptionEntity s where s.id = ss.subscriptionRef"
                        + " and ss.scanRef in (:scans) and " + scope.condition("s.tenant.id")
                        + " order by ss.startedAt", SubscriptionScanEntity.class))
                .setParameter("scans", ids).getResultStream()
                .collect(Collectors.groupingBy(ss -> ss.scanRef, Collectors.toList()));
        List<UUID> subscriptionRefs = rows.values().stream().flatMap(List::stream).map(r -> r.subscriptionRef)
                .distinct().toList();
        Map<UUID, SubscriptionEntity> subscriptions = subscriptionRefs.isEmpty() ? Map.of()
                : SubscriptionEntity.<SubscriptionEntity>list("id in ?1", subscriptionRefs).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<UUID, ScanView.Changes> changes = changes(scope, ids);
        return scans.stream().map(scan -> {
            List<ScanView.SubscriptionResult> results = rows.getOrDefault(scan.id, List.of()).stream().map(r -> {
                SubscriptionEntity s = subscriptions.get(r.subscriptionRef);
                return new ScanView.SubscriptionResult(s.subscriptionId, s.displayName, r.status.name(), r.error,
                        r.armRequests, r.throttledRequests, r.retriedRequests,
                        r.resourceCounts == null ? Map.of() : r.resourceCounts, r.durationMs, r.attempts,
                        r.interruptions, r.runner);
            }).toList();
            return new ScanView(scan.id, scan.status.name(), scan.trigger, scan.requestedAt, scan.startedAt,
                    scan.finishedAt, results, changes.getOrDefault(scan.id, ScanView.Changes.NONE));
        }).toList();
    }

    /**
     * The findings each scan opened, reopened and resolved in the scope's subscriptions: the sizes of the lists its
     * {@link #diff} shows, counted in one query.
     */
    private Map<UUID, ScanView.Changes> changes(TenantScope scope, List<UUID> scanIds) {
        List<Object[]> counts = scope.bind(em.createQuery("select e.scanRef, e.type, count(distinct e.findingRef)"
                        + " from FindingEventEntity e, FindingEntity f, SubscriptionEntity s"
                        + " where f.id = e.findingRef and s.id = f.subscriptionRef and e.scanRef in (:scans)"
                        + " and e.type in (:types) and " + scope.condition("s.tenant.id")
                        + " group by e.scanRef, e.type", Object[].class))
                .setParameter("scans", scanIds)
                .setParameter("types", List.of(Transition.Type.OPENED.name(), Transition.Type.REOPENED.name(),
                        Transition.Type.RESOLVED.name()))
                .getResultList();
        Map<UUID, Map<String, Integer>> byScan = new HashMap<>();
        for (Object[] row : counts) {
            byScan.computeIfAbsent((UUID) row[0], id -> new HashMap<>()).put((String) row[1],
                    ((Number) row[2]).intValue());
        }
        Map<UUID, ScanView.Changes> changes = new HashMap<>();
        byScan.forEach((scan, byType) -> changes.put(scan, new ScanView.Changes(
                byType.getOrDefault(Transition.Type.OPENED.name(), 0),
                byType.getOrDefault(Transition.Type.REOPENED.name(), 0),
                byType.getOrDefault(Transition.Type.RESOLVED.name(), 0))));
        return changes;
    }
}
