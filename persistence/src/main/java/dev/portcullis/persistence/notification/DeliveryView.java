package dev.portcullis.persistence.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the API lists it.
 *
 * @param eventId the event's id (the receiver's Idempotency-Key); a digest's or a test message's own id for those
 * @param event   the event's wire name, {@code digest} or {@code test}
 */
public record DeliveryView(UUID id, UUID eventId, String event, int eventCount, String status, int attempts,
                           Integer lastStatusCode, String lastError, Instant createdAt, Instant deliveredAt) {

    public static DeliveryView of(DeliveryEntity d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.eventCount, d.status.name(), d.attempts,
                d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt);
    }
}
