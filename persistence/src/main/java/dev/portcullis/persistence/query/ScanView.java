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
     * @param throttledRequests ARM answers 429 during the subscription's collection
     * @param retriedRequests requests sent again after a 429, a 5xx or a broken connection (included in armRequests)
     */
    public record SubscriptionResult(UUID subscriptionId, String displayName, String status, String error,
                                     int armRequests, int throttledRequests, int retriedRequests,
                                     Map<String, Integer> resources, Long durationMs) {
    }
}
