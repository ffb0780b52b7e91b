package dev.portcullis.scanner.metrics;

import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.query.MonitoringQueries;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.vocabulary.Severity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Gauges of the estate as PostgreSQL holds it, the same on every replica (Prometheus names):
 * <ul>
 *   <li>{@code portcullis_findings_open{severity, check}}: open findings; every check of the catalogue is there, at 0
 *       when it has none;</li>
 *   <li>{@code portcullis_subscription_last_success_age_seconds{subscription}}: per enabled subscription, seconds since
 *       its latest successful scan finished, or since it was onboarded when none ever succeeded (so a subscription
 *       that was never scanned ages like one whose scans stopped succeeding);</li>
 *   <li>{@code portcullis_scan_jobs{state}}: subscription scans {@code queued} and {@code running}.</li>
 * </ul>
 * The three small queries of {@link MonitoringQueries} run together at most every {@link #FRESH_FOR}, when a scrape
 * reads a gauge (or {@link #refreshIfStale()} is called before it), and again as soon as this replica applies a scan;
 * every gauge of a scrape reads that one snapshot. Ages are computed when read, from the instants the snapshot holds.
 * While the database cannot be read, the gauges read NaN rather than old figures.
 */
@ApplicationScoped
public class EstateGauges {

    static final Duration FRESH_FOR = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(EstateGauges.class);

    private final MonitoringQueries queries;
    private final MeterRegistry registry;
    private final Set<FindingKey> catalogue;
    private final Object refreshing = new Object();
    private volatile Snapshot snapshot = Snapshot.NONE;
    private volatile boolean changed = true;
    private MultiGauge findings;
    private MultiGauge ages;

    public EstateGauges(MonitoringQueries queries, MeterRegistry registry, CheckCatalogue checks) {
        this.queries = queries;
        this.registry = registry;
        this.catalogue = checks.definitions().stream()
                .map(check -> new FindingKey(check.severity(), check.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Open findings of one severity and check. */
    record FindingKey(Severity severity, String checkId) {
    }

    /**
     * What one refresh read. {@code since}: per enabled subscription, the end of its latest successful scan or, when
     * none succeeded, its onboarding.
     */
    record Snapshot(boolean readable, Map<FindingKey, Long> open, Map<UUID, Instant> since, long queued,
                    long running, long readAtNanos) {

        static final Snapshot NONE = new Snapshot(false, Map.of(), Map.of(), 0, 0, 0);
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("portcullis.scan.jobs", () -> scanJobs(Snapshot::queued))
                .description("Subscription scans waiting to run (queued) and running")
                .tag("state", "queued").register(registry);
        Gauge.builder("portcullis.scan.jobs", () -> scanJobs(Snapshot::running))
                .description("Subscription scans waiting to run (queued) and running")
                .tag("state", "running").register(registry);
        findings = MultiGauge.builder("portcullis.findings.open")
                .description("Open findings, by severity and check")
                .register(registry);
        ages = MultiGauge.builder("portcullis.subscription.last.success.age")
                .description("Seconds since the subscription's latest successful scan finished (since its onboarding"
                        + " when none did)")
                .baseUnit("seconds")
                .register(registry);
        registerRows(Snapshot.NONE);
    }

    /** The database changed: the next read takes a new snapshot, whatever the age of the one held. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) EstateChanged change) {
        changed = true;
    }

    /** Reads the figures anew if the snapshot held is older than {@link #FRESH_FOR} or the estate changed. */
    public void refreshIfStale() {
        current();
    }

    Snapshot current() {
        Snapshot held = snapshot;
        if (fresh(held)) {
            return held;
        }
        synchronized (refreshing) {
            held = snapshot;
            if (fresh(held)) {
                return held;
            }
            changed = false;
            Snapshot next;
            try {
                next = read();
            } catch (RuntimeException e) {
                LOG.warnf("The estate's figures for /q/metrics could not be read (retried in %d s): %s",
                        FRESH_FOR.toSeconds(), e.toString());
                next = new Snapshot(false, held.open(), held.since(), 0, 0, System.nanoTime());
            }
            snapshot = next;
            registerRows(next);
            return next;
        }
    }

    private boolean fresh(Snapshot held) {
        return !changed && held.readAtNanos() != 0 && System.nanoTime() - held.readAtNanos() < FRESH_FOR.toNanos();
    }

    private Snapshot read() {
        Map<FindingKey, Long> open = queries.openFindings().stream().collect(Collectors.toMap(
                row -> new FindingKey(row.severity(), row.checkId()), MonitoringQueries.OpenFindings::count,
                Long::sum));
        Map<UUID, Instant> since = queries.lastSuccesses().stream().collect(Collectors.toMap(
                MonitoringQueries.LastSuccess::subscriptionId,
                row -> row.lastSuccessAt() != null ? row.lastSuccessAt() : row.onboardedAt(),
                (a, b) -> a));
        MonitoringQueries.ScanJobs jobs = queries.scanJobs();
        return new Snapshot(true, open, since, jobs.queued(), jobs.running(), System.nanoTime());
    }

    /**
     * The label sets follow the snapshot: every check of the catalogue (and any other pair the database holds), every
     * enabled subscription. Rows already registered keep reading the newest snapshot by their key.
     */
    private void registerRows(Snapshot next) {
        if (findings == null) {
            return;
        }
        Set<FindingKey> keys = new LinkedHashSet<>(catalogue);
        keys.addAll(next.open().keySet());
        findings.register(keys.stream().map(key -> MultiGauge.Row.of(
                Tags.of("severity", key.severity().name(), "check", key.checkId()),
                () -> openFindings(key))).toList(), false);
        List<MultiGauge.Row<?>> subscriptions = next.since().keySet().stream().map(id -> MultiGauge.Row.of(
                Tags.of("subscription", id.toString()), () -> ageSeconds(id))).collect(Collectors.toList());
        ages.register(subscriptions, false);
    }

    private Number openFindings(FindingKey key) {
        Snapshot held = current();
        return held.readable() ? held.open().getOrDefault(key, 0L) : Double.NaN;
    }

    private Number ageSeconds(UUID subscriptionId) {
        Snapshot held = current();
        Instant since = held.since().get(subscriptionId);
        if (!held.readable() || since == null) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    private Number scanJobs(ToLongFunction<Snapshot> state) {
        Snapshot held = current();
        return held.readable() ? state.applyAsLong(held) : Double.NaN;
    }
}
