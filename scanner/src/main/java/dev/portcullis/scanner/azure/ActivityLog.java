package dev.portcullis.scanner.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.change.ChangeEvent;
import dev.portcullis.engine.change.ChangeSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A subscription's activity log, read with the Reader role: {@code GET /subscriptions/{id}/providers/
 * Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter=eventTimestamp ge '<t>'}, every
 * page followed. Only the Administrative category (control-plane writes, deletes and actions) is kept; the REST API
 * has no filter for it, so it is filtered here (docs/change-detection.md gives the sources).
 */
public final class ActivityLog {

    static final String API_VERSION = "2015-04-01";

    private ActivityLog() {
    }

    /** The path and query that list the subscription's events from {@code since} on. */
    static String query(String subscriptionId, Instant since) {
        String filter = "eventTimestamp ge '" + since + "'";
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Insights/eventtypes/management/values"
                + "?api-version=" + API_VERSION + "&$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The subscription's administrative events from {@code since} on, as far as the activity log has filed them. */
    public static List<ChangeEvent> since(ArmSession session, String subscriptionId, Instant since) {
        return events(session.listAll(query(subscriptionId, since)));
    }

    static List<ChangeEvent> events(List<JsonNode> items) {
        return items.stream().filter(ActivityLog::administrative).map(ActivityLog::event).filter(Objects::nonNull)
                .toList();
    }

    private static boolean administrative(JsonNode item) {
        String category = item.path("category").path("value").asText("");
        return category.isEmpty() || category.equalsIgnoreCase("Administrative");
    }

    /** The event, or null when it has no operation or no time (nothing to act on). */
    private static ChangeEvent event(JsonNode item) {
        String operation = text(item.path("operationName").path("value"));
        String time = text(item.path("eventTimestamp"));
        if (operation == null || time == null) {
            return null;
        }
        Instant at;
        try {
            at = Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
        return new ChangeEvent(ChangeSource.ACTIVITY_LOG, text(item.path("eventDataId")),
                text(item.path("correlationId")), operation, text(item.path("status").path("value")),
                text(item.path("resourceId")), text(item.path("subscriptionId")), text(item.path("caller")), at);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
