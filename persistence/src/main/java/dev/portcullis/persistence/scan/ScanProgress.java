package dev.portcullis.persistence.scan;

import dev.portcullis.engine.vocabulary.ScanStatus;
import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.outbox.Outbox;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A running scan's pieces in PostgreSQL, shared by every replica: the tenants it covers (each planned once), the
 * subscriptions queued for it, who claimed each and how often, and the moment the last piece is done. Every step is a
 * conditional update, so a piece retried by another replica, or twice, changes nothing the first did.
 */
@ApplicationScoped
public class ScanProgress {

    private final EntityManager em;

    public ScanProgress(EntityManager em) {
        this.em = em;
    }

    /** The scan a claimed subscription belongs to, and the instant it is recorded at, if back-dated. */
    public record Claim(UUID scanId, UUID subscriptionRef, int attempt, Instant asOf) {
    }

    /** What a collection cost in ARM requests: all sent (retries included), answered 429, sent again. */
    public record ArmCost(int requests, int throttled, int retries) {

        public static final ArmCost NONE = new ArmCost(0, 0, 0);
    }

    /** What claiming a subscription's part found. */
    public sealed interface Claimed permits Claimed.Run, Claimed.AlreadyDone, Claimed.GaveUp {

        /** Run it: this is attempt {@code claim.attempt()}. */
        record Run(Claim claim) implements Claimed {
        }

        /**
         * Finished already (a duplicate or late trigger, or this very part run again after the database went away
         * while its scan was being finished): nothing to run; {@code scanId} is null when the part is gone.
         */
        record AlreadyDone(UUID scanId) implements Claimed {
        }

        /** Cut short more often than retries allow: recorded FAILED now. */
        record GaveUp(UUID scanId, int interruptions) implements Claimed {
        }
    }

    /** Records the tenants a scan covers, none planned yet. */
    @Transactional
    public void addTenants(UUID scanId, Collection<UUID> tenantRefs) {
        for (UUID tenant : tenantRefs) {
            em.createNativeQuery("insert into scan_tenant (scan_ref, tenant_ref) values (:scan, :tenant)"
                            + " on conflict do nothing")
                    .setParameter("scan", scanId).setParameter("tenant", tenant).executeUpdate();
        }
    }

    /** Whether the tenant's part of the scan is still to be planned. */
    @Transactional
    public boolean isUnplanned(UUID scanId, UUID tenantRef) {
        return !em.createNativeQuery("select 1 from scan_tenant where scan_ref = :scan and tenant_ref = :tenant"
                        + " and planned_at is null")
                .setParameter("scan", scanId).setParameter("tenant", tenantRef).getResultList().isEmpty();
    }

    /**
     * Marks the tenant planned and queues one part per subscription, in the caller's transaction; answers the new parts'
     * ids by subscription, or empty when another attempt planned the tenant first (the caller then rolls back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<List<UUID>> plan(UUID scanId, UUID tenantRef, List<UUID> subscriptionRefs, Instant now) {
        int marked = em.createNativeQuery("update scan_tenant set planned_at = :now where scan_ref = :scan"
                        + " and tenant_ref = :tenant and planned_at is null")
                .setParameter("now", now).setParameter("scan", scanId).setParameter("tenant", tenantRef)
                .executeUpdate();
        if (marked == 0) {
            return Optional.empty();
        }
        List<UUID> parts = new ArrayList<>();
        for (UUID subscription : subscriptionRefs) {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("insert into subscription_scan (id, scan_ref, subscription_ref, status)"
                            + " values (:id, :scan, :subscription, 'QUEUED')")
                    .setParameter("id", id).setParameter("scan", scanId).setParameter("subscription", subscription)
                    .executeUpdate();
            parts.add(id);
        }
        return Optional.of(parts);
    }

    /**
     * Claims a subscription's part for this runner. A part found RUNNING was cut short (its replica died, or the
     * database went away under it): that counts as an interruption, and past {@code retries} interruptions the part is
     * FAILED instead of run again. A part handed back at a graceful shutdown is QUEUED again and counts nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claimed claim(UUID subscriptionScanId, String runner, int retries, Instant now) {
        List<Row> rows = Row.all(em.createNativeQuery("select p.status, p.interruptions, p.scan_ref,"
                        + " p.subscription_ref, s.as_of from subscription_scan p join scan s on s.id = p.scan_ref"
                        + " where p.id = :id for update of p", Tuple.class)
                .setParameter("id", subscriptionScanId));
        if (rows.isEmpty()) {
            return new Claimed.AlreadyDone(null);
        }
        Row row = rows.get(0);
        SubscriptionScanStatus status = row.enumValue("status", SubscriptionScanStatus.class);
        int interruptions = row.intValue("interruptions");
        UUID scanId = row.uuid("scan_ref");
        if (status.finished()) {
            return new Claimed.AlreadyDone(scanId);
        }
        if (status == SubscriptionScanStatus.RUNNING) {
            interruptions++;
            if (interruptions > retries) {
                em.createNativeQuery("update subscription_scan set status = 'FAILED', interruptions = :n,"
                                + " finished_at = :now, error = :error where id = :id")
                        .setParameter("n", interruptions).setParameter("now", now)
                        .setParameter("error", "Interrupted: the replica collecting it stopped, or lost the database,"
                                + " " + interruptions + " times (retries: " + retries + ")")
                        .setParameter("id", subscriptionScanId).executeUpdate();
                Outbox.subscriptionStaleIfNewly(em, subscriptionScanId, now);
                return new Claimed.GaveUp(scanId, interruptions);
            }
        }
        Instant asOf = row.instant("as_of");
        Object attempt = em.createNativeQuery("update subscription_scan set status = 'RUNNING',"
                        + " attempts = attempts + 1, interruptions = :n, runner = :runner, error = null,"
                        + " started_at = :started where id = :id returning attempts")
                .setParameter("n", interruptions).setParameter("runner", runner)
                .setParameter("started", asOf == null ? now : asOf).setParameter("id", subscriptionScanId)
                .getSingleResult();
        return new Claimed.Run(new Claim(scanId, row.uuid("subscription_ref"), ((Number) attempt).intValue(),
                asOf));
    }

    /**
     * Whether this attempt still owns the part, locking it until the caller's transaction ends: false once it was handed
     * back, retried elsewhere or finished, and then the caller must write nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean stillOwns(UUID subscriptionScanId, int attempt) {
        return !em.createNativeQuery("select 1 from subscription_scan where id = :id and status = 'RUNNING'"
                        + " and attempts = :attempt for update")
                .setParameter("id", subscriptionScanId).setParameter("attempt", attempt).getResultList().isEmpty();
    }

    /** The subscription a part of a scan is for; null if the part is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID subscriptionOf(UUID subscriptionScanId) {
        List<?> rows = em.createNativeQuery("select subscription_ref from subscription_scan where id = :id")
                .setParameter("id", subscriptionScanId).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /** Gives a running part back to the queue (a graceful shutdown that could not wait for it); false if it moved on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handBack(UUID subscriptionScanId, int attempt) {
        return em.createNativeQuery("update subscription_scan set status = 'QUEUED', runner = null where id = :id"
                        + " and status = 'RUNNING' and attempts = :attempt")
                .setParameter("id", subscriptionScanId).setParameter("attempt", attempt).executeUpdate() == 1;
    }

    /** Records an attempt's failure, unless the attempt no longer owns the part. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID subscriptionScanId, int attempt, String error, ArmCost cost, Instant finishedAt,
                     long durationMs) {
        if (em.createNativeQuery("update subscription_scan set status = 'FAILED', error = :error, arm_requests = :arm,"
                        + " throttled_requests = :throttled, retried_requests = :retried, finished_at = :finished,"
                        + " duration_ms = :duration where id = :id and status = 'RUNNING' and attempts = :attempt")
                .setParameter("error", error).setParameter("arm", cost.requests())
                .setParameter("throttled", cost.throttled()).setParameter("retried", cost.retries())
                .setParameter("finished", finishedAt)
                .setParameter("duration", durationMs).setParameter("id", subscriptionScanId)
                .setParameter("attempt", attempt).executeUpdate() == 1) {
            Outbox.subscriptionStaleIfNewly(em, subscriptionScanId, finishedAt);
        }
    }

    /**
     * Finishes the scan if its last piece is done (every tenant planned, no part queued or running): locks the scan,
     * sets its final status from its parts and answers it; empty while pieces remain or when it is finished already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ScanStatus> finishIfDone(UUID scanId, Instant now) {
        List<Row> scan = Row.all(em.createNativeQuery("select status, as_of from scan where id = :id for update",
                        Tuple.class)
                .setParameter("id", scanId));
        if (scan.isEmpty() || scan.get(0).enumValue("status", ScanStatus.class) != ScanStatus.RUNNING) {
            return Optional.empty();
        }
        boolean pending = !em.createNativeQuery("select 1 from scan_tenant where scan_ref = :id and planned_at is null"
                        + " union all select 1 from subscription_scan where scan_ref = :id"
                        + " and status in ('QUEUED', 'RUNNING') limit 1")
                .setParameter("id", scanId).getResultList().isEmpty();
        if (pending) {
            return Optional.empty();
        }
        Row counts = Row.of((Tuple) em.createNativeQuery("select count(*) as parts, count(*) filter (where status ="
                        + " 'SUCCEEDED') as succeeded, max(finished_at) as finished_at from subscription_scan"
                        + " where scan_ref = :id", Tuple.class)
                .setParameter("id", scanId).getSingleResult());
        long all = counts.longValue("parts");
        long succeeded = counts.longValue("succeeded");
        ScanStatus status = succeeded == all ? ScanStatus.SUCCEEDED
                : succeeded == 0 ? ScanStatus.FAILED : ScanStatus.PARTIAL;
        Instant asOf = scan.get(0).instant("as_of");
        // a back-dated scan ends when its last part did, on its own clock
        Instant finished = asOf == null ? now : Optional.ofNullable(counts.instant("finished_at")).orElse(asOf);
        em.createNativeQuery("update scan set status = :status, finished_at = :finished where id = :id")
                .setParameter("status", status.name()).setParameter("finished", finished).setParameter("id", scanId)
                .executeUpdate();
        if (status != ScanStatus.SUCCEEDED) {
            Outbox.scanFailed(em, scanId, finished);
        }
        return Optional.of(status);
    }
}
