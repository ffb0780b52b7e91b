package dev.portcullis.persistence.retention;

import io.quarkus.scheduler.Scheduled;
import dev.portcullis.persistence.throttle.Throttles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes scans (with their per-subscription results and scan rollups) and finding events older than the retention
 * ({@code portcullis.retention.days}, default 400). Findings themselves and the daily rollups stay, so current state
 * and every trend survive a purge. Throttle windows older than a day go too, and so do finished deliveries older than
 * the retention and outbox events dispatched more than a week ago.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    /** Dispatched outbox events are kept this long, to look into what a delivery was made from. */
    private static final Duration OUTBOX_KEPT = Duration.ofDays(7);

    private final EntityManager em;
    private final Throttles throttles;
    private final int retentionDays;

    public RetentionPurge(EntityManager em, Throttles throttles,
                          RetentionConfig config) {
        this.em = em;
        this.throttles = throttles;
        this.retentionDays = config.days();
    }

    @Scheduled(identity = "retention-purge", every = "${portcullis.retention.every:24h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purgeOlderThan(Instant.now().minus(Duration.ofDays(retentionDays)));
        purgeNotificationsBefore(Instant.now().minus(Duration.ofDays(retentionDays)),
                Instant.now().minus(OUTBOX_KEPT));
        throttles.purgeBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    /** Deletes what happened before {@code cutoff}; returns the number of scans and events deleted. */
    @Transactional
    public Purged purgeOlderThan(Instant cutoff) {
        int events = em.createNativeQuery("delete from finding_event where at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int scans = em.createNativeQuery("delete from scan where requested_at < :cutoff and status not in"
                + " ('QUEUED', 'RUNNING')").setParameter("cutoff", cutoff).executeUpdate();
        // a change is kept far longer than any poll looks back (PollWindow), so a late report is still known as seen
        int changes = em.createNativeQuery("delete from change_event where received_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        if (scans + events + changes > 0) {
            LOG.infof("Retention: deleted %d scans, %d finding events and %d changes older than %s", scans, events,
                    changes, cutoff);
        }
        return new Purged(scans, events);
    }

    /**
     * Deletes finished deliveries made before {@code cutoff}, and outbox events dispatched before
     * {@code dispatchedBefore} (their deliveries carry what was sent).
     */
    @Transactional
    public void purgeNotificationsBefore(Instant cutoff, Instant dispatchedBefore) {
        int deliveries = em.createNativeQuery("delete from delivery where created_at < :cutoff and status <> 'PENDING'")
                .setParameter("cutoff", cutoff).executeUpdate();
        int events = em.createNativeQuery("delete from outbox_event where dispatched_at < :before")
                .setParameter("before", dispatchedBefore).executeUpdate();
        if (deliveries + events > 0) {
            LOG.infof("Retention: deleted %d deliveries and %d dispatched outbox events", deliveries, events);
        }
    }

    /** What a purge deleted. */
    public record Purged(int scans, int events) {
    }
}
