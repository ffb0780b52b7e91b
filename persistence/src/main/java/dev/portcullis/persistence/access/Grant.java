package dev.portcullis.persistence.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A role over a set of tenants (Entra tenant ids), or over all of them: what an account or token holds. */
public record Grant(Role role, boolean allTenants, Set<UUID> tenants) {

    public Grant {
        tenants = allTenants ? Set.of() : Set.copyOf(tenants);
    }

    /**
     * What this grant still gives while its holder (a token's owner) holds {@code owner}: the lower of the two roles,
     * over the tenants both cover. A token never outlives its owner's rights.
     */
    public Grant within(Grant owner) {
        Role lower = role.includes(owner.role()) ? owner.role() : role;
        if (allTenants && owner.allTenants()) {
            return new Grant(lower, true, Set.of());
        }
        if (allTenants) {
            return new Grant(lower, false, owner.tenants());
        }
        if (owner.allTenants()) {
            return new Grant(lower, false, tenants);
        }
        Set<UUID> common = new java.util.HashSet<>(tenants);
        common.retainAll(owner.tenants());
        return new Grant(lower, false, common);
    }

    /** The tenants as the API writes them: {@code ["*"]} for all. */
    public List<String> tenantsAsWritten() {
        return allTenants ? java.util.List.of("*") : tenants.stream().map(UUID::toString).sorted().toList();
    }
}
