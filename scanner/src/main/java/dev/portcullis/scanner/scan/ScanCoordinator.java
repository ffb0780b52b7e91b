package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import dev.portcullis.scanner.azure.AzureInventoryCollector;
import dev.portcullis.scanner.azure.CollectionFailedException;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.scanner.metrics.ScanMetrics;
import dev.portcullis.scanner.rules.Evaluator;
import dev.portcullis.scanner.tenant.SubscriptionRediscovery;
import dev.portcullis.scanner.tenant.TenantConnections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs scans from the queue in PostgreSQL ({@link ScanQueue}): at most one queued per scope, a scope's scans one after
 * the other, different scopes side by side. Within a scan each tenant is rediscovered and collected on its own (its
 * subscriptions on its own lane of threads, {@link TenantLanes}), and each subscription's collection stops at
 * {@code portcullis.scan.subscription-timeout}: one tenant's slow or endless ARM delays no other tenant. A subscription
 * whose collection fails is recorded FAILED with its error and applies nothing; the others go on and the scan ends
 * PARTIAL.
 */
@ApplicationScoped
public class ScanCoordinator {

    private static final Logger LOG = Logger.getLogger(ScanCoordinator.class);

    private final AzureInventoryCollector collector;
    private final Evaluator evaluator;
    private final FindingLedger ledger;
    private final Event<EstateChanged> changed;
    private final TenantConnections connections;
    private final SubscriptionRediscovery rediscovery;
    private final ScanQueue queue;
    private final Duration subscriptionTimeout;
    private final ExecutorService orchestration = Executors.newCachedThreadPool(named("portcullis-scan"));
    private final TenantLanes lanes;
    private final ScanMetrics metrics;

    public ScanCoordinator(AzureInventoryCollector collector, Evaluator evaluator, FindingLedger ledger,
                           ScannerConfig config, Event<EstateChanged> changed, TenantConnections connections,
                           SubscriptionRediscovery rediscovery, ScanQueue queue, ScanMetrics metrics) {
        this.metrics = metrics;
        this.changed = changed;
        this.rediscovery = rediscovery;
        this.connections = connections;
        this.collector = collector;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.queue = queue;
        this.subscriptionTimeout = config.subscriptionTimeout();
        this.lanes = new TenantLanes(config.parallelism());
    }

    /** Queues a scan (or joins the one queued for the same scope) and returns at once; it runs in the background. */
    public ScanQueue.Queued request(ScanScope scope, String trigger) {
        return request(scope, trigger, Optional.empty());
    }

    /**
     * Queues a scan whose results are recorded as of {@code asOf} (the demo's back-dated history); without it, as of
     * when it runs. Callers decide whether back-dating is allowed. A scope that already has a queued scan answers
     * with that scan.
     */
    public ScanQueue.Queued request(ScanScope scope, String trigger, Optional<Instant> asOf) {
        ScanQueue.Queued queued = queue.enqueue(scope.tenantRef(), scope.subscriptionRef(), trigger,
                asOf.orElse(null), Instant.now());
        dispatch();
        return queued;
    }

    /** Starts every queued scan whose scope has none running. */
    private synchronized void dispatch() {
        for (ScanQueue.Claimed scan : queue.claimStartable(Instant.now())) {
            orchestration.submit(() -> run(scan));
        }
    }

    private void run(ScanQueue.Claimed scan) {
        ScanScope scope = new ScanScope(scan.scopeTenant(), scan.scopeSubscription());
        Optional<Instant> asOf = Optional.ofNullable(scan.asOf());
        ScanTime time = ScanTime.start(asOf);
        try {
            List<CompletableFuture<List<SubscriptionScanStatus>>> tenants = tenantsOf(scope).stream()
                    .map(tenant -> CompletableFuture.supplyAsync(() -> scanTenant(scan.id(), tenant, scope, asOf),
                            orchestration))
                    .toList();
            List<SubscriptionScanStatus> statuses = new ArrayList<>();
            for (CompletableFuture<List<SubscriptionScanStatus>> tenant : tenants) {
                statuses.addAll(tenant.join());
            }
            finish(scan.id(), ScanStatus.of(statuses), time);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Scan %s failed", scan.id());
            finish(scan.id(), ScanStatus.FAILED, time);
        } finally {
            dispatch();
        }
    }

    /** The onboarded tenants a scope touches. */
    private static List<UUID> tenantsOf(ScanScope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (scope.subscriptionRef() != null) {
                return SubscriptionEntity.<SubscriptionEntity>findByIdOptional(scope.subscriptionRef())
                        .map(s -> List.of(s.tenant.id)).orElse(List.of());
            }
            return TenantEntity.<TenantEntity>list("offboardedAt is null").stream().map(t -> t.id)
                    .filter(id -> scope.tenantRef() == null || id.equals(scope.tenantRef())).toList();
        });
    }

    /** One tenant's part of a scan: rediscover its subscriptions (unless one was asked for), then collect each. */
    private List<SubscriptionScanStatus> scanTenant(UUID scanId, UUID tenantRef, ScanScope scope,
                                                    Optional<Instant> asOf) {
        if (scope.subscriptionRef() == null) {
            rediscovery.refresh(tenantRef, ScanTime.start(asOf).startedAt());
        }
        List<ScanTarget> targets = QuarkusTransaction.requiringNew().call(() -> {
            List<SubscriptionEntity> subscriptions = scope.subscriptionRef() != null
                    ? SubscriptionEntity.<SubscriptionEntity>findByIdOptional(scope.subscriptionRef())
                            .filter(s -> s.enabled).map(List::of).orElse(List.of())
                    : SubscriptionEntity.listEnabledOfTenant(tenantRef);
            return subscriptions.stream()
                    .map(s -> new ScanTarget(s.id, s.subscriptionId.toString(), connections.of(s.tenant)))
                    .toList();
        });
        List<Future<SubscriptionScanStatus>> results = new ArrayList<>();
        targets.forEach(target -> results.add(lanes.of(tenantRef).submit(
                () -> scanSubscription(scanId, target, asOf))));
        List<SubscriptionScanStatus> statuses = new ArrayList<>();
        for (Future<SubscriptionScanStatus> result : results) {
            try {
                statuses.add(result.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scanning tenant " + tenantRef, e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("scanning tenant " + tenantRef + " failed", e.getCause());
            }
        }
        return statuses;
    }

    /** One subscription's scan, its log lines carrying the scan's ids, its duration and outcome measured. */
    private SubscriptionScanStatus scanSubscription(UUID scanId, ScanTarget target, Optional<Instant> asOf) {
        long start = System.nanoTime();
        try (ScanLogContext log = ScanLogContext.open(scanId, target.connection().tenantId(),
                target.subscriptionId())) {
            SubscriptionScanStatus status = collectAndApply(scanId, target, asOf);
            metrics.subscriptionScanned(Duration.ofNanos(System.nanoTime() - start), status.name());
            return status;
        }
    }

    private SubscriptionScanStatus collectAndApply(UUID scanId, ScanTarget target, Optional<Instant> asOf) {
        ScanTime time = ScanTime.start(asOf);
        Instant startedAt = time.startedAt();
        UUID subscriptionScanId = QuarkusTransaction.requiringNew().call(() -> {
            SubscriptionScanEntity row = new SubscriptionScanEntity();
            row.id = UUID.randomUUID();
            row.scanRef = scanId;
            row.subscriptionRef = target.subscriptionRef();
            row.status = SubscriptionScanStatus.RUNNING.name();
            row.startedAt = startedAt;
            row.persist();
            return row.id;
        });
        try {
            long t0 = System.nanoTime();
            Instant collectedAt = Instant.now();
            AzureInventoryCollector.Collection collection = collector.collect(target.connection(),
                    target.subscriptionId(), Instant.now().plus(subscriptionTimeout));
            long t1 = System.nanoTime();
            Evaluator.Evaluation evaluation = evaluator.evaluate(collection.inventory(), collectedAt);
            long t2 = System.nanoTime();
            ledger.apply(subscriptionScanId, collection.inventory(), evaluation, time,
                    collection.inventory().resourceCounts(), collection.armRequests(), collection.throttled(),
                    collection.retries());
            long t3 = System.nanoTime();
            LOG.infof("Subscription %s scanned: %d ARM requests, collected in %d ms, evaluated in %d ms, applied in"
                    + " %d ms", target.subscriptionId(), collection.armRequests(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            return SubscriptionScanStatus.SUCCEEDED;
        } catch (CollectionFailedException e) {
            LOG.warnf("Subscription %s could not be collected: %s", target.subscriptionId(), e.getMessage());
            recordFailure(subscriptionScanId, e.getMessage(), e.armRequests(), e.throttled(), e.retries(), time);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Subscription %s scan failed", target.subscriptionId());
            recordFailure(subscriptionScanId, "Internal error: " + e.getClass().getSimpleName(), 0, 0, 0, time);
        }
        return SubscriptionScanStatus.FAILED;
    }

    private static void recordFailure(UUID subscriptionScanId, String error, int armRequests, int throttled,
                                      int retries, ScanTime time) {
        QuarkusTransaction.requiringNew().run(() -> {
            SubscriptionScanEntity row = SubscriptionScanEntity.findById(subscriptionScanId);
            row.status = SubscriptionScanStatus.FAILED.name();
            row.error = error;
            row.armRequests = armRequests;
            row.throttledRequests = throttled;
            row.retriedRequests = retries;
            row.finishedAt = time.now();
            row.durationMs = time.elapsedMillis();
        });
    }

    private void finish(UUID scanId, ScanStatus status, ScanTime time) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScanEntity scan = ScanEntity.findById(scanId);
            scan.status = status.name();
            scan.finishedAt = time.now();
        });
        changed.fire(new EstateChanged("scan " + status.name().toLowerCase(Locale.ROOT)));
    }

    /** Scans cut short by a stop or crash are marked FAILED at start, so the next scan starts clean. */
    void failInterruptedScans(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            int scans = ScanEntity.update("status = ?1, finishedAt = ?2 where status in (?3, ?4)",
                    ScanStatus.FAILED.name(), Instant.now(), ScanStatus.QUEUED.name(), ScanStatus.RUNNING.name());
            SubscriptionScanEntity.update("status = ?1, error = ?2, finishedAt = ?3 where status = ?4",
                    SubscriptionScanStatus.FAILED.name(), "Interrupted: Portcullis stopped during the scan",
                    Instant.now(), SubscriptionScanStatus.RUNNING.name());
            if (scans > 0) {
                LOG.warnf("Marked %d interrupted scan(s) FAILED", scans);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        orchestration.shutdownNow();
        lanes.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
