package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.throttle.Throttles;
import dev.portcullis.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Scan requests per caller and minute ({@code PORTCULLIS_SCAN_REQUEST_LIMIT}, default 60), counted in PostgreSQL so
 * the limit holds across replicas. With at most one queued scan per scope this keeps any one caller from flooding
 * the scanner; the demo's back-dated month (30 requests, one after another) stays well within it.
 */
@ApplicationScoped
public class ScanRequestLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Throttles throttles;
    private final int perMinute;

    public ScanRequestLimit(Throttles throttles, ScannerConfig config) {
        this.throttles = throttles;
        this.perMinute = config.requestLimit();
    }

    /** Counts the request; past the limit, refuses it with the seconds until the caller may ask again. */
    public void admit(String caller) {
        Instant now = Instant.now();
        Throttles.Window window = throttles.hit("scan-requests:" + caller, WINDOW, now);
        if (window.hits() > perMinute) {
            throw new Exceeded(perMinute, window.retryAfterSeconds(now));
        }
    }

    /** A caller asked for more scans this minute than the limit allows. */
    public static final class Exceeded extends RuntimeException {

        private final long retryAfterSeconds;

        Exceeded(int perMinute, long retryAfterSeconds) {
            super("at most " + perMinute + " scan requests a minute per caller (PORTCULLIS_SCAN_REQUEST_LIMIT): try"
                    + " again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
