package dev.portcullis.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.query.TenantQueries;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@code "role"} and {@code "tenants"} from a request body into a {@link Grant}. Tenants are given by Entra
 * tenant id or Portcullis id (stored as the Entra id), or as {@code ["*"]} for every tenant.
 */
final class GrantInput {

    private GrantInput() {
    }

    /** The grant the body asks for; {@code required} false lets both fields be absent (null is returned). */
    static Grant read(JsonNode json, TenantQueries tenants, boolean required) {
        String roleText = JsonBodies.text(json, "role", "role");
        JsonNode tenantList = json.get("tenants");
        if (!required && roleText == null && tenantList == null) {
            return null;
        }
        Role role = Role.parse(roleText).orElseThrow(() -> ProblemException.badField("role",
                "role must be one of " + Arrays.toString(Role.values())));
        if (tenantList == null || !tenantList.isArray() || tenantList.isEmpty()) {
            throw ProblemException.badField("tenants", "tenants must be a non-empty array of tenant ids, or [\"*\"]"
                    + " for every tenant");
        }
        boolean all = false;
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonNode item : tenantList) {
            if (!item.isTextual()) {
                throw ProblemException.badField("tenants", "tenants must hold strings");
            }
            if ("*".equals(item.asText())) {
                all = true;
            } else {
                UUID id = JsonBodies.guid(item.asText(), "tenants");
                ids.add(tenants.entraTenantIdOf(id).orElse(id));
            }
        }
        if (all && !ids.isEmpty()) {
            throw ProblemException.badField("tenants", "\"*\" already means every tenant: give it alone");
        }
        return new Grant(role, all, ids);
    }
}
