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

    public record SubscriptionResult(UUID subscriptionId, String displayName, String status, String error,
                                     int armRequests, Map<String, Integer> resources, Long durationMs) {
    }
}
