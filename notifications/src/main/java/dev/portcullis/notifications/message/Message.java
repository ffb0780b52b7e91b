package dev.portcullis.notifications.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What one delivery carries: one event, a digest of many from one scan, or a test. */
public sealed interface Message {

    /** The id receivers de-duplicate by (Idempotency-Key, the webhook's {@code id}). */
    UUID id();

    record Single(Notice notice) implements Message {
        @Override
        public UUID id() {
            return notice.eventId();
        }
    }

    /** More events for one destination from one scan than a channel should get one by one. */
    record Digest(UUID id, UUID scanId, String scanStatus, Instant occurredAt, List<Notice> notices)
            implements Message {
    }

    /** Sent by {@code POST /api/v1/destinations/{id}/test}. */
    record Test(UUID id, Instant occurredAt, String destinationName) implements Message {
    }
}
