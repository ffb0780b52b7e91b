package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.UUID;

/**
 * A finding as the API lists it. {@code stale}: the latest scan of its subscription failed, so its state is that of
 * the last successful scan ({@code lastSeenAt} is not moving).
 */
public record FindingView(UUID id, String checkId, String resourceId, String resourceName, UUID subscriptionId,
                          String severity, String status, Instant firstSeenAt, Instant lastSeenAt,
                          Instant resolvedAt, int reopenCount, String detail, boolean stale) {
}
