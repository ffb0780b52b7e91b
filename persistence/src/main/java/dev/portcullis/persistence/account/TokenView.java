package dev.portcullis.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API token as the API lists it: never the token, never its hash. */
public record TokenView(UUID id, String name, String role, List<String> tenants, String owner, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
}
