package dev.portcullis.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.query.MetricsQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.TrendQueries;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.engine.vocabulary.ScanStatus;
import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.scanner.scan.FindingLedger;
import dev.portcullis.scanner.scan.ScanTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds a year of daily history (default: 10 subscriptions × 1,000 VMs × 365 days) through the scanner's own
 * evaluator and ledger, then measures table sizes, ingest time per subscription scan, and the trends and
 * remediation-metrics queries. Run with {@code ./portcullis bench-history}; not part of the test suite.
 */
@QuarkusTest
@Tag("benchmark")
class HistoryBenchmark {

    private static final int SUBSCRIPTIONS = Integer.getInteger("bench.subscriptions", 10);
    private static final int VMS = Integer.getInteger("bench.vms", 1000);
    private static final int DAYS = Integer.getInteger("bench.days", 365);
    private static final int RUNS = 50;

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    @Inject
    Evaluator evaluator;

    @Inject
    FindingLedger ledger;

    @Inject
    TrendQueries trends;

    @Inject
    MetricsQueries metrics;

    @Test
    void yearOfDailyHistory() throws IOException {
        database.reset();
        List<UUID> subscriptionRefs = QuarkusTransaction.requiringNew().call(this::createSubscriptions);
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(DAYS);
        List<Long> ingestMillis = new ArrayList<>();
        long started = System.nanoTime();
        for (int day = 0; day < DAYS; day++) {
            Instant at = firstDay.plusDays(day).atTime(2, 0).toInstant(ZoneOffset.UTC);
            UUID scanId = newScan(at);
            for (int s = 0; s < subscriptionRefs.size(); s++) {
                UUID subscriptionRef = subscriptionRefs.get(s);
                String subscriptionId = subscriptionId(s);
                long t0 = System.nanoTime();
                UUID subscriptionScanId = newSubscriptionScan(scanId, subscriptionRef, at);
                SubscriptionInventory inventory = SyntheticEstate.on(subscriptionId, VMS, day);
                ScanTime time = new ScanTime(at, System.nanoTime());
                ledger.apply(subscriptionScanId, 0, inventory, evaluator.evaluate(inventory, time.startedAt()), time,
                        inventory.resourceCounts(), 0, 0, 0);
                ingestMillis.add((System.nanoTime() - t0) / 1_000_000);
            }
            finishScan(scanId, at);
        }
        long ingestTotal = (System.nanoTime() - started) / 1_000_000;

        LocalDate to = firstDay.plusDays(DAYS - 1L);
        TrendQueries.TrendFilter all = new TrendQueries.TrendFilter(null, null, null);
        List<TrendPoint> year = trends.daily(TenantScope.ALL, all, firstDay, to);
        assertThat(year).hasSize(DAYS);
        double[] trendMs = time(() -> trends.daily(TenantScope.ALL, all, firstDay, to));
        double[] oneSubscriptionMs = time(() -> trends.daily(TenantScope.ALL, new TrendQueries.TrendFilter(null,
                UUID.fromString(subscriptionId(0)), null), firstDay, to));
        UUID tenantRef = QuarkusTransaction.requiringNew().call(() -> SubscriptionEntity.<SubscriptionEntity>findById(
                subscriptionRefs.get(0)).tenant.id);
        TenantScope oneTenant = TenantScope.of(java.util.Set.of(tenantRef));
        assertThat(trends.daily(oneTenant, all, firstDay, to)).isEqualTo(year);
        double[] oneTenantMs = time(() -> trends.daily(oneTenant, all, firstDay, to));
        Instant metricsTo = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        double[] metricsMs = time(() -> metrics.remediation(TenantScope.ALL, null, null, metricsTo.minus(365, ChronoUnit.DAYS),
                metricsTo));

        StringBuilder report = new StringBuilder();
        report.append("History benchmark: ").append(SUBSCRIPTIONS).append(" subscriptions × ").append(VMS)
                .append(" VMs × ").append(DAYS).append(" days\n\n");
        report.append("| table | rows | bytes |\n|---|---|---|\n");
        for (String table : List.of("finding", "finding_event", "daily_rollup", "scan_rollup", "daily_total",
                "tenant_daily_total", "subscription_scan", "scan", "virtual_machine", "jit_policy")) {
            Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select (select count(*) from " + table + "), pg_total_relation_size('" + table + "')")
                    .getSingleResult());
            report.append("| ").append(table).append(" | ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
        }
        report.append("\nIngest (evaluate + ledger, per subscription scan of ").append(VMS).append(" VMs): ")
                .append(percentiles(ingestMillis.stream().mapToDouble(Long::doubleValue).toArray()))
                .append("; total ").append(ingestTotal / 1000).append(" s\n");
        report.append("Trends, a year by day, all subscriptions: ").append(percentiles(trendMs)).append('\n');
        report.append("Trends, a year by day, one subscription: ").append(percentiles(oneSubscriptionMs)).append('\n');
        report.append("Trends, a year by day, a caller of the one tenant: ").append(percentiles(oneTenantMs))
                .append('\n');
        report.append("Remediation metrics, a year: ").append(percentiles(metricsMs)).append('\n');
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "history.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static String subscriptionId(int index) {
        return String.format("be5c0000-0000-4000-8000-%012d", index);
    }

    private List<UUID> createSubscriptions() {
        TenantEntity tenant = new TenantEntity();
        tenant.id = UUID.randomUUID();
        tenant.tenantId = UUID.fromString("be5c0000-0000-4000-8000-ffffffffffff");
        tenant.displayName = "Benchmark";
        tenant.cloudName = "Custom";
        tenant.resourceManagerEndpoint = "http://127.0.0.1:9";
        tenant.authorityHost = "http://127.0.0.1:9";
        tenant.credentialType = "none";
        tenant.createdAt = Instant.now();
        tenant.persist();
        List<UUID> refs = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            SubscriptionEntity subscription = new SubscriptionEntity();
            subscription.id = UUID.randomUUID();
            subscription.tenant = tenant;
            subscription.subscriptionId = UUID.fromString(subscriptionId(i));
            subscription.displayName = "Benchmark " + i;
            subscription.enabled = true;
            subscription.createdAt = Instant.now();
            subscription.persist();
            refs.add(subscription.id);
        }
        return refs;
    }

    private static UUID newScan(Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ScanEntity scan = new ScanEntity();
            scan.id = UUID.randomUUID();
            scan.status = ScanStatus.RUNNING;
            scan.trigger = "BENCHMARK";
            scan.requestedAt = at;
            scan.startedAt = at;
            scan.persist();
            return scan.id;
        });
    }

    private static UUID newSubscriptionScan(UUID scanId, UUID subscriptionRef, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SubscriptionScanEntity row = new SubscriptionScanEntity();
            row.id = UUID.randomUUID();
            row.scanRef = scanId;
            row.subscriptionRef = subscriptionRef;
            row.status = SubscriptionScanStatus.RUNNING;
            row.startedAt = at;
            row.persist();
            return row.id;
        });
    }

    private static void finishScan(UUID scanId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScanEntity scan = ScanEntity.findById(scanId);
            scan.status = ScanStatus.SUCCEEDED;
            scan.finishedAt = at;
        });
    }

    private static double[] time(Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - t0) / 1_000_000.0;
        }
        return millis;
    }

    private static String percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)", sorted[(int) (sorted.length * 0.50)],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)],
                sorted[sorted.length - 1], sorted.length);
    }
}
