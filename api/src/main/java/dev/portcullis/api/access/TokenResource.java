package dev.portcullis.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.account.ApiTokens;
import dev.portcullis.persistence.account.TokenAdministration;
import dev.portcullis.persistence.account.TokenView;
import dev.portcullis.persistence.query.TenantQueries;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** API tokens for automation (see {@link TokenAdministration}): the token is shown once, at creation. */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenAdministration administration;
    private final TenantQueries tenants;
    private final CurrentCaller caller;

    public TokenResource(TokenAdministration administration, TenantQueries tenants, CurrentCaller caller) {
        this.administration = administration;
        this.tenants = tenants;
        this.caller = caller;
    }

    /** The answer to a creation: the only time the token is shown. */
    public record Created(UUID id, String token, String name, String role, List<String> tenants, Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = AccessBodies.NewToken.class)))
    @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "Created: the token is"
            + " shown this once")
    @APIResponse(responseCode = "403", description = "Called with an API token (tokens cannot create tokens), or"
            + " asking for a role or tenants beyond the caller's own")
    public Response create(String body) {
        JsonNode json = JsonBodies.object(body);
        ApiTokens.Created created = administration.create(caller.get(), JsonBodies.text(json, "name", "name"),
                GrantInput.read(json, tenants, true), expiry(JsonBodies.text(json, "expiresAt", "expiresAt")),
                Instant.now());
        TokenView view = created.view();
        return Response.created(URI.create("/api/v1/tokens/" + view.id()))
                .entity(new Created(view.id(), created.token(), view.name(), view.role(), view.tenants(),
                        view.expiresAt()))
                .build();
    }

    @GET
    public Items<TokenView> list() {
        return new Items<>(administration.list(caller.get()));
    }

    /** Revokes at once: the next call with the token is refused. */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        administration.revoke(caller.get(), JsonBodies.guid(id, "id"), Instant.now());
        return Response.noContent().build();
    }

    private static Instant expiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("expiresAt", "expiresAt must be an instant like 2027-01-31T00:00:00Z");
        }
    }
}
