package dev.portcullis.web.admin;

import dev.portcullis.persistence.access.AccessRuleException.Kind;
import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A role and tenants as a form sends them: a role name, and tenant checkboxes (Entra ids, or "*" for every one). */
final class FormGrant {

    static final String ALL = "*";

    private FormGrant() {
    }

    static Grant of(String role, List<String> tenants) {
        Role parsed = Role.parse(role).orElseThrow(() -> new AccessRuleException(Kind.INVALID, "role",
                "choose a role"));
        if (tenants == null || tenants.isEmpty()) {
            throw new AccessRuleException(Kind.INVALID, "tenants", "choose at least one tenant, or every tenant");
        }
        if (tenants.contains(ALL)) {
            return new Grant(parsed, true, Set.of());
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String tenant : tenants) {
            try {
                ids.add(UUID.fromString(tenant));
            } catch (IllegalArgumentException e) {
                throw new AccessRuleException(Kind.INVALID, "tenants", "a tenant is not an id");
            }
        }
        return new Grant(parsed, false, ids);
    }

    /** The roles a caller may hand out: their own and those below. */
    static List<String> grantable(Role own) {
        return java.util.Arrays.stream(Role.values()).filter(own::includes).map(Role::name).toList();
    }
}
