package dev.portcullis.scanner.change;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.change.ChangeEvent;
import dev.portcullis.engine.change.ChangeSource;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One POST from Event Grid (the Event Grid schema: a JSON array of events) read: either the subscription validation
 * handshake ({@code Microsoft.EventGrid.SubscriptionValidationEvent}, answered with its {@code validationCode}) or the
 * resource events of an Azure subscription system topic. Only {@code ResourceWriteSuccess}, {@code
 * ResourceDeleteSuccess} and {@code ResourceActionSuccess} become changes (all succeeded); other event types are
 * ignored. Event Grid carries no caller field: the caller is read from the operation's claims.
 */
public record EventGridDelivery(Optional<String> validationCode, List<ChangeEvent> changes, int ignored) {

    static final String VALIDATION = "Microsoft.EventGrid.SubscriptionValidationEvent";
    private static final Set<String> RESOURCE_SUCCESS = Set.of("microsoft.resources.resourcewritesuccess",
            "microsoft.resources.resourcedeletesuccess", "microsoft.resources.resourceactionsuccess");
    private static final List<String> CALLER_CLAIMS = List.of(
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", "upn", "name",
            "http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", "appid");

    /** The delivery, or an IllegalArgumentException naming what is wrong with it. */
    public static EventGridDelivery read(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new IllegalArgumentException("an Event Grid delivery is a JSON array of events");
        }
        List<ChangeEvent> changes = new ArrayList<>();
        int ignored = 0;
        for (JsonNode event : body) {
            String type = event.path("eventType").asText("");
            if (type.equals(VALIDATION)) {
                String code = event.path("data").path("validationCode").asText("");
                if (code.isBlank()) {
                    throw new IllegalArgumentException("the validation event has no data.validationCode");
                }
                return new EventGridDelivery(Optional.of(code), List.of(), 0);
            }
            ChangeEvent change = RESOURCE_SUCCESS.contains(type.toLowerCase(java.util.Locale.ROOT))
                    ? change(event) : null;
            if (change == null) {
                ignored++;
            } else {
                changes.add(change);
            }
        }
        return new EventGridDelivery(Optional.empty(), List.copyOf(changes), ignored);
    }

    private static ChangeEvent change(JsonNode event) {
        JsonNode data = event.path("data");
        String operation = text(data.path("operationName"));
        String subscriptionId = text(data.path("subscriptionId"));
        Instant at;
        try {
            at = Instant.parse(event.path("eventTime").asText(""));
        } catch (DateTimeParseException e) {
            return null;
        }
        if (operation == null || subscriptionId == null) {
            return null;
        }
        return new ChangeEvent(ChangeSource.EVENT_GRID, text(event.path("id")), text(data.path("correlationId")),
                operation, "Succeeded", text(data.path("resourceUri")), subscriptionId, caller(data.path("claims")),
                at);
    }

    private static String caller(JsonNode claims) {
        return CALLER_CLAIMS.stream().map(claims::path).map(EventGridDelivery::text)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
