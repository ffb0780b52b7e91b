package dev.portcullis.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A local account as the API shows it: never with its password or hash. */
public record AccountView(UUID id, String username, String role, List<String> tenants, Instant createdAt,
                          Instant updatedAt, Instant lockedUntil) {

    static AccountView of(UserAccountEntity e) {
        return new AccountView(e.id, e.username, e.grant.role, e.grant.toGrant().tenantsAsWritten(), e.createdAt,
                e.updatedAt, e.lockedUntil);
    }
}
