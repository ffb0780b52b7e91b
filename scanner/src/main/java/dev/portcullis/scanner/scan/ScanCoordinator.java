package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.scan.ScanProgress;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes scan requests and starts scans, for the whole cluster. A request queues the scan in PostgreSQL
 * ({@link ScanQueue}: at most one queued per scope, a scope's scans one after the other, different scopes side by side);
 * starting a scan records the tenants it covers and schedules one planning job per tenant, in the same transaction
 * ({@link ScanJobs}). From there any replica plans a tenant ({@link ScanPlanner}), collects a subscription
 * ({@link SubscriptionScans}) or finishes the scan ({@link ScanCompletion}); nothing of a scan lives in one process.
 */
@ApplicationScoped
public class ScanCoordinator {

    private final ScanQueue queue;
    private final ScanProgress progress;
    private final ScanJobs jobs;

    public ScanCoordinator(ScanQueue queue, ScanProgress progress, ScanJobs jobs) {
        this.queue = queue;
        this.progress = progress;
        this.jobs = jobs;
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

    /**
     * Queues a scan of the scope, or joins the one queued for it, in the caller's transaction, and starts nothing:
     * the caller calls {@link #dispatch()} once it has committed. With a {@code settle} time the scan starts that long
     * from now at the earliest, so what asks for the scope meanwhile joins it (a burst costs one scan); a clustered
     * one-off job ({@link DispatchScansJob}), scheduled in the same transaction, starts it when due on whichever
     * replica. Without one, a waiting scan it joins becomes startable at once.
     */
    public ScanQueue.Queued enqueue(ScanScope scope, String trigger, Duration settle) {
        Instant now = Instant.now();
        Instant due = settle.isZero() ? null : now.plus(settle);
        ScanQueue.Queued queued = queue.enqueue(scope.tenantRef(), scope.subscriptionRef(), trigger, null, now, due);
        if (due != null && !queued.joined()) {
            jobs.dispatchAt(due);
        }
        return queued;
    }

    /**
     * Starts every queued scan that is due and whose scope has none running: marks it RUNNING and schedules the
     * planning of each of its tenants, in one transaction. Any replica may call it at any time; claiming skips rows another replica holds.
     */
    public void dispatch() {
        List<UUID> withoutTenants = QuarkusTransaction.requiringNew().call(() -> queue.claimStartable(Instant.now())
                .stream().filter(scan -> {
                    List<UUID> tenants = tenantsOf(new ScanScope(scan.scopeTenant(), scan.scopeSubscription()));
                    progress.addTenants(scan.id(), tenants);
                    tenants.forEach(tenant -> jobs.planTenant(scan.id(), tenant));
                    return tenants.isEmpty();
                }).map(ScanQueue.Claimed::id).toList());
        withoutTenants.forEach(scan -> progress.finishIfDone(scan, Instant.now()));
    }

    /** A replica that starts picks up scans queued while none could start them; it never touches running work. */
    void startQueued(@Observes StartupEvent event) {
        dispatch();
    }

    /** The onboarded tenants a scope touches. */
    private static List<UUID> tenantsOf(ScanScope scope) {
        if (scope.subscriptionRef() != null) {
            return SubscriptionEntity.<SubscriptionEntity>findByIdOptional(scope.subscriptionRef())
                    .map(s -> List.of(s.tenant.id)).orElse(List.of());
        }
        return TenantEntity.<TenantEntity>list("offboardedAt is null").stream().map(t -> t.id)
                .filter(id -> scope.tenantRef() == null || id.equals(scope.tenantRef())).toList();
    }
}
