package dev.portcullis.engine.change;

import dev.portcullis.engine.inventory.ArmIds;
import java.time.Instant;
import java.util.Locale;

/**
 * One control-plane operation Azure reported on a subscription, as the activity log or Event Grid tells it.
 *
 * @param sourceId      the report's own id ({@code eventDataId} of the activity log, {@code id} of Event Grid)
 * @param correlationId the operation's id, shared by its Started and Succeeded reports and by both sources; may be null
 * @param operation     e.g. {@code Microsoft.Network/networkSecurityGroups/securityRules/write}, in whatever casing
 *                      Azure used
 * @param status        e.g. {@code Succeeded}, {@code Started}, {@code Failed}
 * @param caller        who did it (a user principal name or an object id), or null
 * @param at            when the operation happened ({@code eventTimestamp} / {@code eventTime})
 */
public record ChangeEvent(ChangeSource source, String sourceId, String correlationId, String operation, String status,
                          String resourceId, String subscriptionId, String caller, Instant at) {

    /**
     * What makes two reports the same change: the operation's correlation id, operation and resource when Azure gave a
     * correlation id (so the activity log's and Event Grid's reports of one write are one change, and a report seen
     * again in an overlapping poll is seen once), else the report's own id.
     */
    public String identity() {
        if (correlationId != null && !correlationId.isBlank()) {
            return lower(correlationId) + "|" + lower(operation) + "|" + ArmIds.key(resourceId == null ? "" : resourceId);
        }
        return source.name() + "|" + sourceId;
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
