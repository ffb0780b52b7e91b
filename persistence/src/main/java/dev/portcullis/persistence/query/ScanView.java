package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scan with what happened to each of its subscriptions. */
public record ScanView(UUID id, String status, String trigger, Instant requestedAt, Instant startedAt,
                       Instant finishedAt, List<SubscriptionResult> subscriptions) {

    /** ARM requests over all subscriptions of the scan. */
    public int armRequests() {
        return subscriptions.stream().mapToInt(SubscriptionResult::armRequests).sum();
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
