package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.scanner.tenant.SubscriptionRediscovery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Plans one tenant's part of a scan: rediscovers the tenant's subscriptions (unless the scan is of one subscription),
 * then queues one part per enabled subscription and schedules its collection, in one transaction. Planning the same
 * tenant again (a retried or recovered job) changes nothing.
 */
@ApplicationScoped
public class ScanPlanner {

    private static final Logger LOG = Logger.getLogger(ScanPlanner.class);

    private final ScanProgress progress;
    private final ScanJobs jobs;
    private final SubscriptionRediscovery rediscovery;
    private final ScanCompletion completion;
    private final DatabaseOutages outages;
    private final RunningParts running;

    public ScanPlanner(ScanProgress progress, ScanJobs jobs, SubscriptionRediscovery rediscovery,
                       ScanCompletion completion, DatabaseOutages outages, RunningParts running) {
        this.running = running;
        this.progress = progress;
        this.jobs = jobs;
        this.rediscovery = rediscovery;
        this.completion = completion;
        this.outages = outages;
    }

    private record Scan(ScanScope scope, Optional<Instant> asOf) {
    }

    void plan(UUID scanId, UUID tenantRef) {
        RunningParts.Planning planning = new RunningParts.Planning(scanId, tenantRef);
        running.planningStarted(planning);
        try {
            outages.retrying("planning tenant " + tenantRef + " of scan " + scanId, () -> {
                planOnce(scanId, tenantRef);
                completion.pieceDone(scanId);
                return null;
            });
        } finally {
            running.planningEnded(planning);
        }
    }

    private void planOnce(UUID scanId, UUID tenantRef) {
        if (!progress.isUnplanned(scanId, tenantRef)) {
            return;
        }
        Scan scan = QuarkusTransaction.requiringNew().call(() -> {
            ScanEntity row = ScanEntity.findById(scanId);
            return new Scan(new ScanScope(row.scopeTenant, row.scopeSubscription), Optional.ofNullable(row.asOf));
        });
        if (scan.scope().subscriptionRef() == null) {
            try {
                rediscovery.refresh(tenantRef, ScanTime.start(scan.asOf()).startedAt());
            } catch (RuntimeException e) {
                if (DatabaseOutages.isOutage(e)) {
                    throw e;
                }
                LOG.errorf(e, "Tenant %s: rediscovery failed; its known subscriptions are scanned", tenantRef);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<SubscriptionEntity> subscriptions = scan.scope().subscriptionRef() != null
                    ? SubscriptionEntity.<SubscriptionEntity>findByIdOptional(scan.scope().subscriptionRef())
                            .filter(s -> s.enabled && s.tenant.id.equals(tenantRef)).map(List::of).orElse(List.of())
                    : SubscriptionEntity.listEnabledOfTenant(tenantRef);
            List<UUID> refs = subscriptions.stream().map(s -> s.id).toList();
            progress.plan(scanId, tenantRef, refs, Instant.now()).ifPresent(parts -> {
                for (int i = 0; i < refs.size(); i++) {
                    jobs.collect(refs.get(i), tenantRef, parts.get(i), Duration.ZERO);
                }
            });
        });
    }
}
