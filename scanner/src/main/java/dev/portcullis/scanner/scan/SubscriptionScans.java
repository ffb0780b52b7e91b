package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.scanner.azure.AzureInventoryCollector;
import dev.portcullis.scanner.azure.CollectionFailedException;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.scanner.metrics.ScanMetrics;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.scanner.tenant.TenantConnections;
import dev.portcullis.persistence.change.ChangeFeeds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one subscription's part of a scan on this replica: claims it (counting the attempts cut short before), collects
 * the subscription until {@code portcullis.scan.subscription-timeout}, evaluates it and applies the result in one
 * transaction that first checks the claim still holds, so a part retried elsewhere or handed back is never applied twice.
 * A collection that fails is recorded FAILED with its error and applies nothing. When the tenant's permits on this
 * replica are taken, the part is put back on the schedule for a moment later.
 */
@ApplicationScoped
public class SubscriptionScans {

    private static final Logger LOG = Logger.getLogger(SubscriptionScans.class);
    /** How long a part waits before trying again when its tenant's permits are all taken on this replica. */
    static final Duration BUSY_TENANT_DELAY = Duration.ofSeconds(2);

    private final ScanProgress progress;
    private final ScanJobs jobs;
    private final AzureInventoryCollector collector;
    private final Evaluator evaluator;
    private final FindingLedger ledger;
    private final TenantConnections connections;
    private final ScanCompletion completion;
    private final DatabaseOutages outages;
    private final RunningParts running;
    private final ScannerConfig config;
    private final TenantPermits permits;
    private final ScanMetrics metrics;
    private final ChangeFeeds changes;

    public SubscriptionScans(ScanProgress progress, ScanJobs jobs, AzureInventoryCollector collector,
                             Evaluator evaluator, FindingLedger ledger, TenantConnections connections,
                             ScanCompletion completion, DatabaseOutages outages, RunningParts running,
                             ScannerConfig config, ScanMetrics metrics, ChangeFeeds changes) {
        this.metrics = metrics;
        this.changes = changes;
        this.progress = progress;
        this.jobs = jobs;
        this.collector = collector;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.connections = connections;
        this.completion = completion;
        this.outages = outages;
        this.running = running;
        this.config = config;
        this.permits = new TenantPermits(config.parallelism());
    }

    void run(UUID subscriptionScanId, UUID tenantRef) {
        if (!permits.tryAcquire(tenantRef)) {
            UUID subscriptionRef = QuarkusTransaction.requiringNew().call(() -> {
                UUID ref = progress.subscriptionOf(subscriptionScanId);
                if (ref != null) {
                    jobs.collect(ref, tenantRef, subscriptionScanId, BUSY_TENANT_DELAY);
                }
                return ref;
            });
            LOG.debugf("Tenant %s busy on this replica: subscription %s later", tenantRef, subscriptionRef);
            return;
        }
        try {
            outages.retrying("the scan of subscription part " + subscriptionScanId, () -> {
                runOnce(subscriptionScanId);
                return null;
            });
        } finally {
            permits.release(tenantRef);
        }
    }

    private void runOnce(UUID subscriptionScanId) {
        ScanProgress.Claimed claimed = progress.claim(subscriptionScanId, jobs.runner(), config.retries(),
                Instant.now());
        if (claimed instanceof ScanProgress.Claimed.AlreadyDone done && done.scanId() != null) {
            // finishing is idempotent: a run cut short between its part and its scan's end finishes the scan now
            completion.pieceDone(done.scanId());
        } else if (claimed instanceof ScanProgress.Claimed.GaveUp gaveUp) {
            LOG.warnf("Subscription part %s FAILED: interrupted %d times", subscriptionScanId, gaveUp.interruptions());
            completion.pieceDone(gaveUp.scanId());
        } else if (claimed instanceof ScanProgress.Claimed.Run run) {
            running.started(subscriptionScanId, run.claim().attempt());
            try {
                collect(subscriptionScanId, run.claim());
            } finally {
                running.ended(subscriptionScanId);
            }
            completion.pieceDone(run.claim().scanId());
        }
    }

    private void collect(UUID subscriptionScanId, ScanProgress.Claim claim) {
        ScanTarget target = QuarkusTransaction.requiringNew().call(() -> {
            SubscriptionEntity subscription = SubscriptionEntity.findById(claim.subscriptionRef());
            return new ScanTarget(subscription.id, subscription.subscriptionId.toString(),
                    connections.of(subscription.tenant));
        });
        long start = System.nanoTime();
        try (ScanLogContext log = ScanLogContext.open(claim.scanId(), target.connection().tenantId(),
                target.subscriptionId())) {
            String status = collectAndApply(subscriptionScanId, claim, target);
            metrics.subscriptionScanned(Duration.ofNanos(System.nanoTime() - start), status);
            changes.detectedSince(claim.scanId(), target.subscriptionRef())
                    .ifPresent(since -> metrics.changeDetected(Duration.between(since, Instant.now())));
        }
    }

    /** Collects, evaluates and applies; answers the part's outcome for the metrics (succeeded or failed). */
    private String collectAndApply(UUID subscriptionScanId, ScanProgress.Claim claim, ScanTarget target) {
        ScanTime time = ScanTime.start(Optional.ofNullable(claim.asOf()));
        try {
            long t0 = System.nanoTime();
            Instant collectedAt = Instant.now();
            AzureInventoryCollector.Collection collection = collector.collect(target.connection(),
                    target.subscriptionId(), Instant.now().plus(config.subscriptionTimeout()));
            long t1 = System.nanoTime();
            Evaluator.Evaluation evaluation = evaluator.evaluate(collection.inventory(), collectedAt);
            long t2 = System.nanoTime();
            boolean applied = ledger.apply(subscriptionScanId, claim.attempt(), collection.inventory(), evaluation,
                    time, collection.inventory().resourceCounts(), collection.armRequests(), collection.throttled(),
                    collection.retries());
            long t3 = System.nanoTime();
            if (applied) {
                LOG.infof("Subscription %s scanned: %d ARM requests, collected in %d ms, evaluated in %d ms, applied"
                        + " in %d ms", target.subscriptionId(), collection.armRequests(), (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
                return "succeeded";
            }
            LOG.warnf("Subscription %s scanned, but its part was handed back or retried elsewhere meanwhile:"
                    + " nothing applied", target.subscriptionId());
            return "superseded";
        } catch (CollectionFailedException e) {
            LOG.warnf("Subscription %s could not be collected: %s", target.subscriptionId(), e.getMessage());
            progress.fail(subscriptionScanId, claim.attempt(), e.getMessage(),
                    new ScanProgress.ArmCost(e.armRequests(), e.throttled(), e.retries()), time.now(),
                    time.elapsedMillis());
        } catch (RuntimeException e) {
            if (DatabaseOutages.isOutage(e)) {
                throw e;
            }
            LOG.errorf(e, "Subscription %s scan failed", target.subscriptionId());
            progress.fail(subscriptionScanId, claim.attempt(), "Internal error: " + e.getClass().getSimpleName(),
                    ScanProgress.ArmCost.NONE, time.now(), time.elapsedMillis());
        }
        return "failed";
    }
}
