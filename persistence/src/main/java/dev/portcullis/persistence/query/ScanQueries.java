package dev.portcullis.persistence.query;

import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    private final EntityManager em;

    public ScanQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<ScanView> find(UUID id) {
        return ScanEntity.<ScanEntity>findByIdOptional(id).map(this::toView);
    }

    public List<ScanView> recent(int limit) {
        return ScanEntity.<ScanEntity>find("order by requestedAt desc").page(0, limit).list().stream()
                .map(this::toView).toList();
    }

    /** Scans newest first, one page of them. */
    public Page<ScanView> page(int page, int size) {
        List<ScanView> items = ScanEntity.<ScanEntity>find("order by requestedAt desc").page(page, size).list()
                .stream().map(this::toView).toList();
        return new Page<>(items, ScanEntity.count(), page, size);
    }

    /** Findings opened, resolved and reopened by each subscription of the scan, from the events it caused. */
    public Optional<ScanDiffView> diff(UUID scanId) {
        if (ScanEntity.findById(scanId) == null) {
            return Optional.empty();
        }
        List<SubscriptionScanEntity> rows = SubscriptionScanEntity.list("scanRef = ?1 order by startedAt", scanId);
        List<ScanDiffView.SubscriptionDiff> diffs = rows.stream().map(row -> {
            SubscriptionEntity subscription = SubscriptionEntity.findById(row.subscriptionRef);
            UUID previous = em.createQuery("select ss.scanRef from SubscriptionScanEntity ss"
                            + " where ss.subscriptionRef = :sub and ss.status = 'SUCCEEDED' and ss.startedAt < :start"
                            + " order by ss.startedAt desc", UUID.class)
                    .setParameter("sub", row.subscriptionRef).setParameter("start", row.startedAt)
                    .setMaxResults(1).getResultStream().findFirst().orElse(null);
            return new ScanDiffView.SubscriptionDiff(subscription.subscriptionId, row.status, previous,
                    changed(scanId, row.subscriptionRef, "OPENED", subscription.subscriptionId),
                    changed(scanId, row.subscriptionRef, "RESOLVED", subscription.subscriptionId),
                    changed(scanId, row.subscriptionRef, "REOPENED", subscription.subscriptionId));
        }).toList();
        return Optional.of(new ScanDiffView(scanId, diffs));
    }

    private List<FindingView> changed(UUID scanId, UUID subscriptionRef, String type, UUID subscriptionId) {
        return em.createQuery("select f from FindingEntity f where f.subscriptionRef = :sub and exists ("
                        + " select 1 from FindingEventEntity e where e.findingRef = f.id and e.scanRef = :scan"
                        + " and e.type = :type) order by f.checkId, f.resourceKey", FindingEntity.class)
                .setParameter("sub", subscriptionRef).setParameter("scan", scanId).setParameter("type", type)
                .getResultStream().map(f -> FindingQueries.toView(f, subscriptionId, f.lastSeenAt, false)).toList();
    }

    private ScanView toView(ScanEntity scan) {
        List<SubscriptionScanEntity> rows = SubscriptionScanEntity.list("scanRef = ?1 order by startedAt", scan.id);
        Map<UUID, SubscriptionEntity> subscriptions = rows.isEmpty() ? Map.of()
                : SubscriptionEntity.<SubscriptionEntity>list("id in ?1",
                        rows.stream().map(r -> r.subscriptionRef).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<ScanView.SubscriptionResult> results = rows.stream().map(r -> {
            SubscriptionEntity s = subscriptions.get(r.subscriptionRef);
            return new ScanView.SubscriptionResult(s.subscriptionId, s.displayName, r.status, r.error,
                    r.armRequests, r.resourceCounts == null ? Map.of() : r.resourceCounts, r.durationMs);
        }).toList();
        return new ScanView(scan.id, scan.status, scan.trigger, scan.requestedAt, scan.startedAt, scan.finishedAt,
                results);
    }
}
