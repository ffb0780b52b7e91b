package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.query.EstateChanged;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.SubscriptionScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.scanner.azure.AzureInventoryCollector;
import dev.portcullis.scanner.azure.CollectionFailedException;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.scanner.rules.Evaluator;
import dev.portcullis.scanner.tenant.SubscriptionRediscovery;
import dev.portcullis.scanner.tenant.TenantConnections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs scans one at a time, and within a scan collects subscriptions in parallel up to {@code
 * portcullis.scan.parallelism}. A subscription whose collection fails is recorded FAILED with its error and applies
 * nothing; the others go on and the scan ends PARTIAL.
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
    private final ExecutorService scanRunner = Executors.newSingleThreadExecutor(named("portcullis-scan"));
    private final ExecutorService subscriptionPool;

    public ScanCoordinator(AzureInventoryCollector collector, Evaluator evaluator, FindingLedger ledger,
                           ScannerConfig config, Event<EstateChanged> changed, TenantConnections connections,
                           SubscriptionRediscovery rediscovery) {
        this.changed = changed;
        this.rediscovery = rediscovery;
        this.connections = connections;
        this.collector = collector;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.subscriptionPool = Executors.newFixedThreadPool(config.parallelism(), named("portcullis-collect"));
    }

    /** Queues a scan and returns its id at once; the scan runs in the background. */
    public UUID request(ScanScope scope, String trigger) {
        return request(scope, trigger, Optional.empty());
    }

    /**
     * Queues a scan whose results are recorded as of {@code asOf} (the demo's back-dated history); without it, as of
     * now. Callers decide whether back-dating is allowed.
     */
    public UUID request(ScanScope scope, String trigger, Optional<Instant> asOf) {
        UUID scanId = QuarkusTransaction.requiringNew().call(() -> {
            ScanEntity scan = new ScanEntity();
            scan.id = UUID.randomUUID();
            scan.status = ScanStatus.QUEUED.name();
            scan.trigger = trigger;
            scan.scopeTenant = scope.tenantRef();
            scan.scopeSubscription = scope.subscriptionRef();
            scan.requestedAt = asOf.orElse(Instant.now());
            scan.persist();
            return scan.id;
        });
        scanRunner.submit(() -> run(scanId, scope, asOf));
        return scanId;
    }

    private void run(UUID scanId, ScanScope scope, Optional<Instant> asOf) {
        ScanTime time = ScanTime.start(asOf);
        try {
            if (scope.subscriptionRef() == null) {
                rediscovery.refresh(scope.tenantRef(), time.startedAt());
            }
            List<ScanTarget> targets = QuarkusTransaction.requiringNew().call(() -> start(scanId, scope, time));
            List<Future<SubscriptionScanStatus>> results = new ArrayList<>();
            targets.forEach(target -> results.add(subscriptionPool.submit(
                    () -> scanSubscription(scanId, target, asOf))));
            List<SubscriptionScanStatus> statuses = new ArrayList<>();
            for (Future<SubscriptionScanStatus> result : results) {
                statuses.add(result.get());
            }
            finish(scanId, ScanStatus.of(statuses), time);
        } catch (Exception e) {
            LOG.errorf(e, "Scan %s failed", scanId);
            finish(scanId, ScanStatus.FAILED, time);
        }
    }

    private List<ScanTarget> start(UUID scanId, ScanScope scope, ScanTime time) {
        ScanEntity scan = ScanEntity.findById(scanId);
        scan.status = ScanStatus.RUNNING.name();
        scan.startedAt = time.startedAt();
        List<SubscriptionEntity> subscriptions;
        if (scope.subscriptionRef() != null) {
            subscriptions = SubscriptionEntity.<SubscriptionEntity>findByIdOptional(scope.subscriptionRef())
                    .filter(s -> s.enabled).map(List::of).orElse(List.of());
        } else if (scope.tenantRef() != null) {
            subscriptions = SubscriptionEntity.listEnabledOfTenant(scope.tenantRef());
        } else {
            subscriptions = SubscriptionEntity.listEnabled();
        }
        return subscriptions.stream()
                .map(s -> new ScanTarget(s.id, s.subscriptionId.toString(), connections.of(s.tenant)))
                .toList();
    }

    private SubscriptionScanStatus scanSubscription(UUID scanId, ScanTarget target, Optional<Instant> asOf) {
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
            AzureInventoryCollector.Collection collection = collector.collect(target.connection(),
                    target.subscriptionId());
            long t1 = System.nanoTime();
            Evaluator.Evaluation evaluation = evaluator.evaluate(collection.inventory());
            long t2 = System.nanoTime();
            ledger.apply(subscriptionScanId, collection.inventory(), evaluation, time,
                    collection.inventory().resourceCounts(), collection.armRequests());
            long t3 = System.nanoTime();
            LOG.infof("Subscription %s scanned: %d ARM requests, collected in %d ms, evaluated in %d ms, applied in"
                    + " %d ms", target.subscriptionId(), collection.armRequests(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            return SubscriptionScanStatus.SUCCEEDED;
        } catch (CollectionFailedException e) {
            LOG.warnf("Subscription %s could not be collected: %s", target.subscriptionId(), e.getMessage());
            recordFailure(subscriptionScanId, e.getMessage(), e.armRequests(), time);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Subscription %s scan failed", target.subscriptionId());
            recordFailure(subscriptionScanId, "Internal error: " + e.getClass().getSimpleName(), 0, time);
        }
        return SubscriptionScanStatus.FAILED;
    }

    private static void recordFailure(UUID subscriptionScanId, String error, int armRequests, ScanTime time) {
        QuarkusTransaction.requiringNew().run(() -> {
            SubscriptionScanEntity row = SubscriptionScanEntity.findById(subscriptionScanId);
            row.status = SubscriptionScanStatus.FAILED.name();
            row.error = error;
            row.armRequests = armRequests;
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
        changed.fire(new EstateChanged("scan " + status.name().toLowerCase(java.util.Locale.ROOT)));
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
        scanRunner.shutdownNow();
        subscriptionPool.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
