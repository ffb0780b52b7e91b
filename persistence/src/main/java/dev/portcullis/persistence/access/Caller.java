package dev.portcullis.persistence.access;

import dev.portcullis.persistence.query.TenantScope;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking: a person signed in (local account or single sign-on) or an API token, with the role they hold, the
 * tenants it applies to and where the request came from.
 *
 * @param name           the account's user name, or {@code token:<name>} for an API token
 * @param kind           how the caller signed in
 * @param accountRef     the local account (a token's owner); null for single sign-on
 * @param allTenants     whether the role applies to every tenant
 * @param entraTenantIds the Entra tenant ids the role applies to, when not to all
 * @param scope          the same tenants as the read models filter by (onboarded ones only)
 * @param address        the client's address
 * @param sessionRef     the page session the request came with; null for the API
 */
public record Caller(String name, Kind kind, UUID accountRef, Role role, boolean allTenants, Set<UUID> entraTenantIds,
                     TenantScope scope, String address, UUID sessionRef) {

    public enum Kind { ACCOUNT, SINGLE_SIGN_ON, TOKEN }

    public boolean may(Role needed) {
        return role.includes(needed);
    }

    /** Whether this caller's tenants include an Entra tenant, onboarded or not. */
    public boolean covers(UUID entraTenantId) {
        return allTenants || entraTenantIds.contains(entraTenantId);
    }

    /** Whether every tenant of a grant lies within this caller's tenants, so the caller may hand it out. */
    public boolean covers(boolean otherAllTenants, Set<UUID> otherTenantIds) {
        return allTenants || (!otherAllTenants && entraTenantIds.containsAll(otherTenantIds));
    }
}
