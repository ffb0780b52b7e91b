package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.ScanStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scan with what happened to each of its subscriptions, and how many findings it changed.
 *
 * @param trigger  {@code SCHEDULE}, {@code API} or {@code PAGE} (Scan now on a page)
 * @param changes  the findings it opened, reopened and resolved: the sizes of its diff's lists
 */
public record ScanView(UUID id, String status, String trigger, Instant requestedAt, Instant startedAt,
                       Instant finishedAt, List<SubscriptionResult> subscriptions, Changes changes) {

    /** From start to finish; null while it has not finished (or never started). */
    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** Whether it is still to run or running, so its outcome may yet change. */
    public boolean inProgress() {
        return ScanStatus.QUEUED.name().equals(status) || ScanStatus.RUNNING.name().equals(status);
    }

    /** ARM requests over all subscriptions of the scan. */
    public int armRequests() {
        return subscriptions.stream().mapToInt(SubscriptionResult::armRequests).sum();
    }

    /** How many findings a scan opened, reopened and resolved in the subscriptions the caller may see. */
    public record Changes(int opened, int reopened, int resolved) {

        public static final Changes NONE = new Changes(0, 0, 0);
    }

    /**
     * One subscription's part of the scan.
     *
     * @param throttledRequests ARM answers 429 during the subscription's collection
     * @param retriedRequests requests sent again after a 429, a 5xx or a broken connection (included in armRequests)
     * @param attempts the replicas' claims of the part (1 when it ran once)
     * @param interruptions the claims that found an earlier attempt cut short (its replica died, or lost the database)
     * @param runner the replica (Quartz instance id) of the latest attempt
     */
    public record SubscriptionResult(UUID subscriptionId, String displayName, String status, String error,
                                     int armRequests, int throttledRequests, int retriedRequests,
                                     Map<String, Integer> resources, Long durationMs, int attempts, int interruptions,
                                     String runner) {
    }
}
