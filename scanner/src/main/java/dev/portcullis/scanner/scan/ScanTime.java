package dev.portcullis.scanner.scan;

import java.time.Instant;
import java.util.Optional;

/**
 * The time a scan is recorded at: now, or a back-dated instant (the demo's history), with durations measured on the
 * monotonic clock so a back-dated scan still reports how long it really took.
 */
public record ScanTime(Instant startedAt, long startNanos) {

    public static ScanTime start(Optional<Instant> asOf) {
        return new ScanTime(asOf.orElseGet(Instant::now), System.nanoTime());
    }

    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The recorded "now": start plus the real time elapsed. */
    public Instant now() {
        return startedAt.plusMillis(elapsedMillis());
    }
}
