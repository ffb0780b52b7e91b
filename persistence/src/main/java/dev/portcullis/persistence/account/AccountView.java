package dev.portcullis.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A local account as the API shows it: never with its password or hash.
 *
 * @param rightsChangedAt when its password or grant last changed (its other sessions ended then)
 * @param activeTokens    its API tokens neither revoked nor expired
 */
public record AccountView(UUID id, String username, String role, List<String> tenants, Instant createdAt,
                          Instant updatedAt, Instant lockedUntil, Instant rightsChangedAt, long activeTokens) {

    static AccountView of(UserAccountEntity e, long activeTokens) {
        return new AccountView(e.id, e.username, e.grant.role, e.grant.toGrant().tenantsAsWritten(), e.createdAt,
                e.updatedAt, e.lockedUntil, e.rightsChangedAt, activeTokens);
    }
}
