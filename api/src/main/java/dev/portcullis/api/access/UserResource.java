package dev.portcullis.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.account.AccountAdministration;
import dev.portcullis.persistence.account.AccountView;
import dev.portcullis.persistence.account.TokenAdministration;
import dev.portcullis.persistence.query.TenantQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Local accounts: ADMIN over every tenant only (see {@link AccountAdministration}). Passwords go in, never out. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_FULL_ADMIN)
public class UserResource {

    private static final String LAST_ADMIN = "This is the last ADMIN over every tenant: make another first";

    private final AccountAdministration administration;
    private final TokenAdministration tokens;
    private final TenantQueries tenants;
    private final CurrentCaller caller;

    public UserResource(AccountAdministration administration, TokenAdministration tokens, TenantQueries tenants,
                        CurrentCaller caller) {
        this.administration = administration;
        this.tokens = tokens;
        this.tenants = tenants;
        this.caller = caller;
    }

    /** How many tokens a revocation ended. */
    public record Revoked(int revoked) {
    }

    /** Revokes every live API token of the account (after a password or grant change, say). */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tokens")
    @APIResponse(responseCode = "200", description = "How many tokens were revoked")
    public Revoked revokeTokens(@PathParam("id") String id) {
        AccountView account = administration.find(caller.get(), JsonBodies.guid(id, "id"));
        return new Revoked(tokens.revokeAllOf(caller.get(), account.id(), Instant.now()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccessBodies.NewUser.class)))
    @APIResponseSchema(value = AccountView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "An account of that name exists")
    public Response create(String body) {
        JsonNode json = JsonBodies.object(body);
        AccountView created = administration.create(caller.get(), JsonBodies.text(json, "username", "username"),
                JsonBodies.text(json, "password", "password"), GrantInput.read(json, tenants, true));
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "Every account")
    public Items<AccountView> list() {
        return new Items<>(administration.list(caller.get()));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The account")
    public AccountView get(@PathParam("id") String id) {
        return administration.find(caller.get(), JsonBodies.guid(id, "id"));
    }

    /** Changes the password, the role and tenants (together), or unlocks ({@code "unlock": true}). */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccessBodies.UserChange.class)))
    @APIResponse(responseCode = "200", description = "The account as changed")
    @APIResponse(responseCode = "409", description = LAST_ADMIN)
    public AccountView change(@PathParam("id") String id, String body) {
        JsonNode json = JsonBodies.object(body);
        JsonNode unlock = json.get("unlock");
        if (unlock != null && !unlock.isBoolean()) {
            throw ProblemException.badField("unlock", "unlock must be true or false");
        }
        return administration.change(caller.get(), JsonBodies.guid(id, "id"),
                JsonBodies.text(json, "password", "password"), GrantInput.read(json, tenants, false),
                unlock == null ? null : unlock.asBoolean());
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted, with its API tokens and page sessions")
    @APIResponse(responseCode = "409", description = LAST_ADMIN)
    public Response delete(@PathParam("id") String id) {
        administration.delete(caller.get(), JsonBodies.guid(id, "id"));
        return Response.noContent().build();
    }
}
