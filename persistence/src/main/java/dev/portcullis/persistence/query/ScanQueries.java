package dev.portcullis.persistence.query;

import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
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

    public Optional<ScanView> find(UUID id) {
        return ScanEntity.<ScanEntity>findByIdOptional(id).map(this::toView);
    }

    public List<ScanView> recent(int limit) {
        return ScanEntity.<ScanEntity>find("order by requestedAt desc").page(0, limit).list().stream()
                .map(this::toView).toList();
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
