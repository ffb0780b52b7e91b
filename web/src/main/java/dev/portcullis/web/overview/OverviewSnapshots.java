package dev.portcullis.web.overview;

import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.TrendQueries;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Builds the overview and keeps it until the estate changes. The overview is the same for everyone who sees the same
 * tenants (one per scope and range is kept) and changes only when a scan finishes or a finding is suppressed, while its year of trend costs a
 * hundred milliseconds or more to read: it is rebuilt when this process learns of a change ({@link EstateChanged},
 * after the commit) and at most {@link #FRESH_FOR} after a change made by another replica.
 */
@ApplicationScoped
public class OverviewSnapshots {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final int MOST_EXPOSED = 10;
    static final int WEEK = 7;

    private static final int MAX_SNAPSHOTS = 1000;

    private record Snapshot(Overview overview, long builtAtNanos) {
    }

    private record Key(TenantScope scope, int range) {
    }

    private final TenantQueries tenants;
    private final TrendQueries trends;
    private final FindingQueries findings;
    private final VmQueries vms;
    private final Map<Key, Snapshot> byRange = new ConcurrentHashMap<>();
    private final Map<Key, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public OverviewSnapshots(TenantQueries tenants, TrendQueries trends, FindingQueries findings, VmQueries vms) {
        this.tenants = tenants;
        this.trends = trends;
        this.findings = findings;
        this.vms = vms;
    }

    /**
     * The overview for the range. One request rebuilds it at a time: others wait for it when there is none (after a
     * change), or are answered with the one that has aged out while it is rebuilt.
     */
    public Overview of(TenantScope scope, int range) {
        Key key = new Key(scope, range);
        Snapshot snapshot = byRange.get(key);
        if (snapshot != null && isFresh(snapshot)) {
            return snapshot.overview();
        }
        if (locks.size() > MAX_SNAPSHOTS) {
            locks.clear();
        }
        ReentrantLock lock = locks.computeIfAbsent(key, r -> new ReentrantLock());
        if (snapshot != null && !lock.tryLock()) {
            return snapshot.overview();
        }
        if (snapshot == null) {
            lock.lock();
        }
        try {
            Snapshot current = byRange.get(key);
            if (current != null && isFresh(current)) {
                return current.overview();
            }
            long before = generation.get();
            long started = System.nanoTime();
            Overview built = build(scope, range);
            if (generation.get() == before) {
                if (byRange.size() >= MAX_SNAPSHOTS) {
                    byRange.clear();
                }
                byRange.put(key, new Snapshot(built, started));
            }
            return built;
        } finally {
            lock.unlock();
        }
    }

    private static boolean isFresh(Snapshot snapshot) {
        return System.nanoTime() - snapshot.builtAtNanos() < FRESH_FOR.toNanos();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) EstateChanged change) {
        generation.incrementAndGet();
        byRange.clear();
    }

    private Overview build(TenantScope scope, int range) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<TrendPoint> points = trends.daily(scope, new TrendQueries.TrendFilter(null, null, null),
                today.minusDays(range - 1L), today);
        List<TrendPoint> week = points.subList(Math.max(0, points.size() - WEEK), points.size());
        List<TenantView> all = tenants.list(scope);
        Map<String, Long> open = findings.openBySeverity(scope);
        return new Overview(range, latestEvaluated(points), points,
                new TrendChart(points.stream().map(p -> new TrendChart.Day(p.date(), p.compliancePercent())).toList()),
                Arrays.stream(Severity.values())
                        .map(s -> new Overview.SeverityCount(s.name(), open.getOrDefault(s.name(), 0L))).toList(),
                week.stream().mapToLong(TrendPoint::newFindings).sum(),
                week.stream().mapToLong(TrendPoint::resolvedFindings).sum(),
                vms.items(scope, new VmFilter(null, null, null, null, true, null, VmSort.MOST_EXPOSED), 0,
                        MOST_EXPOSED),
                attention(all), PlanCoverage.of(all), all.isEmpty());
    }

    private static TrendPoint latestEvaluated(List<TrendPoint> points) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).compliancePercent() != null) {
                return points.get(i);
            }
        }
        return null;
    }

    private static List<Overview.Attention> attention(List<TenantView> all) {
        return all.stream().flatMap(t -> t.subscriptions().stream()
                        .filter(s -> s.enabled()
                                && (s.stale() || SubscriptionScanStatus.FAILED.name().equals(s.lastScanStatus())))
                        .map(s -> new Overview.Attention(t.displayName(), s)))
                .toList();
    }
}
