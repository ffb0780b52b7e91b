package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.UUID;

/**
 * A finding as the API lists it, with its subscription's display name ({@code subscriptionName}), which pages show
 * where the subscription itself is the finding's resource. {@code stale}: the latest scan of its subscription failed, so its state is that of
 * the last successful scan ({@code lastSeenAt} is not moving).
 */
public record FindingView(UUID id, String checkId, String resourceId, String resourceName, UUID subscriptionId,
                          String subscriptionName,
                          String severity, String status, Instant firstSeenAt, Instant lastSeenAt,
                          Instant resolvedAt, int reopenCount, String detail, boolean stale) {
}
