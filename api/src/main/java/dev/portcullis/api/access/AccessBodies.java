package dev.portcullis.api.access;

import dev.portcullis.persistence.access.Role;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies {@link UserResource} and {@link TokenResource} take, as the OpenAPI document shows them. The resources
 * read them by hand (so each bad field gets a problem naming it); these records only document their shape.
 */
final class AccessBodies {

    private static final String TENANTS = "Entra or Portcullis tenant ids, or [\"*\"] alone for every tenant";

    private AccessBodies() {
    }

    @Schema(name = "NewUser", description = "A local account")
    record NewUser(
            @Schema(required = true) String username,
            @Schema(required = true, format = "password") String password,
            @Schema(required = true) Role role,
            @Schema(required = true, description = TENANTS) List<String> tenants) {
    }

    @Schema(name = "UserChange", description = "Any of: a new password; role and tenants (together); unlock. A"
            + " password or grant change ends the account's other page sessions")
    record UserChange(
            @Schema(format = "password") String password,
            Role role,
            @Schema(description = TENANTS) List<String> tenants,
            Boolean unlock) {
    }

    @Schema(name = "NewToken", description = "An API token; it acts with at most its owner's current role and"
            + " tenants")
    record NewToken(
            @Schema(required = true) String name,
            @Schema(required = true) Role role,
            @Schema(required = true, description = TENANTS) List<String> tenants,
            @Schema(required = true, description = "Tokens expire: at most 366 days ahead") Instant expiresAt) {
    }
}
