package dev.portcullis.engine.change;

import java.time.Duration;
import java.time.Instant;

/**
 * From when a poll of a subscription's activity log asks for events. Whatever happened before the subscription's
 * last scan started, that scan saw; whatever happened before the last poll that succeeded started, that poll saw, but
 * for one thing: the activity log files an event minutes after it happened (Microsoft documents 3 to 20 minutes), under
 * the time it happened. So a poll looks back {@code overlap} before the later of the two, and the reports it sees twice
 * are recognised by their {@link ChangeEvent#identity() identity}.
 */
public record PollWindow(Duration overlap) {

    public PollWindow {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative: " + overlap);
        }
    }

    /**
     * @param lastGoodPollStart when the last poll that succeeded started, or null when none did
     * @param lastScanStart     when the subscription's last successful scan started, or null when none did
     */
    public Instant since(Instant now, Instant lastGoodPollStart, Instant lastScanStart) {
        Instant from = later(lastGoodPollStart, lastScanStart);
        if (from == null || from.isAfter(now)) {
            from = now;
        }
        return from.minus(overlap);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
