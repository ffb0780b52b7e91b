package dev.portcullis.simulator.change;

import dev.portcullis.simulator.json.JsonWriter;
import java.time.Instant;
import java.util.List;

/**
 * One change made through {@link EstateChanges}: what it changed in the served estate (nothing for a mere write
 * record) and the activity-log events it recorded.
 *
 * @param kind {@code open-port}, {@code write} or {@code burst}
 * @param changed the ids of the resources created or edited in the served estate (the rules added)
 * @param events in the order recorded: each operation's {@code Started}, then its {@code Succeeded}
 */
public record Change(int id, String kind, Instant at, String caller, String description, List<String> changed,
                     List<ActivityEvent> events) {

    public Change {
        changed = List.copyOf(changed);
        events = List.copyOf(events);
    }

    /** The distinct correlation ids, one per operation, in order. */
    public List<String> correlationIds() {
        return events.stream().map(ActivityEvent::correlationId).distinct().toList();
    }

    public String json() {
        return JsonWriter.object(json -> {
            json.field("id", id)
                    .field("kind", kind)
                    .field("at", at.toString())
                    .field("caller", caller)
                    .field("description", description)
                    .stringArray("changed", changed)
                    .stringArray("correlationIds", correlationIds());
            json.array("events", array -> events.forEach(event -> array.beginObject()
                    .field("eventDataId", event.eventDataId())
                    .field("correlationId", event.correlationId())
                    .field("operationName", event.operation().operationName())
                    .field("resourceId", event.operation().resourceId())
                    .field("status", event.status().value())
                    .field("eventTimestamp", event.eventTimestamp().toString())
                    .field("availableAt", event.availableAt().toString())
                    .endObject()));
        });
    }
}
