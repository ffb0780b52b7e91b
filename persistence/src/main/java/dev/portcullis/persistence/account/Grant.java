package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A role over a set of tenants (Entra tenant ids), or over all of them: what an account or token holds. */
public record Grant(Role role, boolean allTenants, Set<UUID> tenants) {

    public Grant {
        tenants = allTenants ? Set.of() : Set.copyOf(tenants);
    }

    /** The tenants as the API writes them: {@code ["*"]} for all. */
    public List<String> tenantsAsWritten() {
        return allTenants ? java.util.List.of("*") : tenants.stream().map(UUID::toString).sorted().toList();
    }
}
