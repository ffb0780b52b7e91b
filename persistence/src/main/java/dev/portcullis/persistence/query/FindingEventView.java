package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.UUID;

/** One transition of a finding. */
public record FindingEventView(String type, Instant at, UUID scanId, String reason) {
}
