package dev.portcullis.scanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The scan's work as Quartz jobs in the clustered store on PostgreSQL: planning a tenant's part of a scan, and
 * collecting one subscription. Whichever replica's scheduler acquires a trigger runs it; jobs ask for recovery, so a
 * trigger fired on a replica that died is fired again on another. Each subscription has one durable job that never runs
 * twice at once ({@link CollectSubscriptionJob}), so one subscription is collected and applied by one replica at a time,
 * whichever scans asked for it. Scheduling joins the caller's transaction (store {@code jdbc-cmt}): a trigger exists
 * exactly when the rows it works on were committed.
 */
@ApplicationScoped
public class ScanJobs {

    static final String GROUP = "portcullis-scan";
    static final String SCAN = "scan";
    static final String TENANT = "tenant";
    static final String PART = "subscriptionScan";
    private static final Duration DISPATCH_SLACK = Duration.ofMillis(200);

    private final Scheduler scheduler;

    public ScanJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Schedules the planning of one tenant's part of a scan (rediscovery, then one collection per subscription). */
    void planTenant(UUID scanId, UUID tenantRef) {
        planTenant(scanId, tenantRef, "plan-" + scanId + "-" + tenantRef);
    }

    /**
     * Schedules the planning again, for another replica: this one stops while planning it (the first job is still
     * running here, so the new one has a name of its own). Planning twice is harmless: one attempt marks the tenant
     * planned, the other finds it done.
     */
    void planTenantAgain(UUID scanId, UUID tenantRef) {
        planTenant(scanId, tenantRef, "plan-" + scanId + "-" + tenantRef + "-again-" + UUID.randomUUID());
    }

    private void planTenant(UUID scanId, UUID tenantRef, String name) {
        JobDetail job = JobBuilder.newJob(PlanTenantJob.class)
                .withIdentity(name, GROUP)
                .usingJobData(SCAN, scanId.toString()).usingJobData(TENANT, tenantRef.toString())
                .requestRecovery().build();
        call(() -> scheduler.scheduleJob(job, TriggerBuilder.newTrigger().forJob(job).startNow().build()));
    }

    /** Schedules the collection of one subscription's part of a scan, {@code after} from now. */
    void collect(UUID subscriptionRef, UUID tenantRef, UUID subscriptionScanId, Duration after) {
        JobKey key = new JobKey("subscription-" + subscriptionRef, GROUP);
        JobDetail job = JobBuilder.newJob(CollectSubscriptionJob.class).withIdentity(key).storeDurably()
                .requestRecovery().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("part-" + subscriptionScanId + "-"
                        + UUID.randomUUID(), GROUP).forJob(key)
                .usingJobData(PART, subscriptionScanId.toString()).usingJobData(TENANT, tenantRef.toString())
                .startAt(Date.from(Instant.now().plus(after))).build();
        call(() -> {
            if (!scheduler.checkExists(key)) {
                scheduler.addJob(job, true);
            }
            return scheduler.scheduleJob(trigger);
        });
    }

    /**
     * Schedules a look at the queue just after {@code due}, when a scan that waits for it becomes startable (Quartz
     * may fire a trigger a few milliseconds early; the look would then find nothing due and nothing would look again).
     */
    void dispatchAt(Instant due) {
        JobDetail job = JobBuilder.newJob(DispatchScansJob.class).withIdentity("dispatch-" + UUID.randomUUID(), GROUP)
                .requestRecovery().build();
        Date at = Date.from(due.plus(DISPATCH_SLACK));
        call(() -> scheduler.scheduleJob(job, TriggerBuilder.newTrigger().forJob(job).startAt(at).build()));
    }

    /** This replica's name in the cluster (Quartz's instance id). */
    String runner() {
        return call(scheduler::getSchedulerInstanceId);
    }

    /** Stops this replica taking triggers; those it runs go on. */
    void standby() {
        call(() -> {
            scheduler.standby();
            return null;
        });
    }

    private interface SchedulerCall<T> {
        T call() throws SchedulerException;
    }

    private static <T> T call(SchedulerCall<T> call) {
        try {
            return call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the job scheduler refused: " + e.getMessage(), e);
        }
    }
}
