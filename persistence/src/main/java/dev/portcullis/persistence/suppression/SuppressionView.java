package dev.portcullis.persistence.suppression;

import java.time.Instant;
import java.util.UUID;

/** A suppression as the API shows it; {@code tag} is {@code key=value}; {@code expired} is computed at read time. */
public record SuppressionView(UUID id, String checkId, String resourceId, UUID subscriptionId, String resourceGroup,
                              String tag, String reason, String author, Instant createdAt, Instant expiresAt,
                              boolean expired) {
}
