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
 * and every trend survive a purge. Throttle windows older than a day go too.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

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
        throttles.purgeBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    /** Deletes what happened before {@code cutoff}; returns the number of scans and events deleted. */
    @Transactional
    public Purged purgeOlderThan(Instant cutoff) {
        int events = em.createNativeQuery("delete from finding_event where at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int scans = em.createNativeQuery("delete from scan where requested_at < :cutoff and status not in"
                + " ('QUEUED', 'RUNNING')").setParameter("cutoff", cutoff).executeUpdate();
        if (scans + events > 0) {
            LOG.infof("Retention: deleted %d scans and %d finding events older than %s", scans, events, cutoff);
        }
        return new Purged(scans, events);
    }

    /** What a purge deleted. */
    public record Purged(int scans, int events) {
    }
}
