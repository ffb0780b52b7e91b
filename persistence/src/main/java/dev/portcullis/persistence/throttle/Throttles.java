package dev.portcullis.persistence.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts hits per bucket in fixed windows, in PostgreSQL, so a limit holds across every replica: one upsert counts a
 * hit and returns the window's total. Windows older than a day are purged with the retention job.
 */
@ApplicationScoped
public class Throttles {

    private static final int MAX_BUCKET = 200;

    private final EntityManager em;

    public Throttles(EntityManager em) {
        this.em = em;
    }

    /** A window of a bucket: the hits counted in it and when it ends. */
    public record Window(int hits, Instant endsAt) {

        /** Seconds until the window ends, at least 1: what {@code Retry-After} says. */
        public long retryAfterSeconds(Instant now) {
            return Math.max(1, Duration.between(now, endsAt).toSeconds() + 1);
        }
    }

    /** Counts one hit in the current window and returns the window with it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Window hit(String bucket, Duration window, Instant now) {
        Instant start = windowStart(window, now);
        Number hits = (Number) em.createNativeQuery("""
                        insert into request_throttle (bucket, window_start, hits) values (:bucket, :start, 1)
                        on conflict (bucket, window_start) do update set hits = request_throttle.hits + 1
                        returning hits""")
                .setParameter("bucket", key(bucket)).setParameter("start", start).getSingleResult();
        return new Window(hits.intValue(), start.plus(window));
    }

    /** The current window as it stands, without counting a hit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Window peek(String bucket, Duration window, Instant now) {
        Instant start = windowStart(window, now);
        Number hits = (Number) em.createNativeQuery("select coalesce(max(hits), 0) from request_throttle"
                        + " where bucket = :bucket and window_start = :start")
                .setParameter("bucket", key(bucket)).setParameter("start", start).getSingleResult();
        return new Window(hits.intValue(), start.plus(window));
    }

    /** Deletes windows that ended before {@code cutoff}; returns how many. */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return em.createNativeQuery("delete from request_throttle where window_start < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private static Instant windowStart(Duration window, Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    private static String key(String bucket) {
        return bucket.length() <= MAX_BUCKET ? bucket : bucket.substring(0, MAX_BUCKET);
    }
}
