package dev.portcullis.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.account.ApiTokens;
import dev.portcullis.persistence.account.Grant;
import dev.portcullis.persistence.account.TokenView;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * API tokens for automation. Anyone signed in with a local account may create tokens holding at most their own role
 * and tenants, list theirs and revoke theirs; an ADMIN over every tenant sees and revokes all of them.
 */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final TenantQueries tenants;
    private final CurrentCaller caller;
    private final AuditLog audit;

    public TokenResource(ApiTokens tokens, TenantQueries tenants, CurrentCaller caller, AuditLog audit) {
        this.tokens = tokens;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    /** The answer to a creation: the only time the token is shown. */
    public record Created(UUID id, String token, String name, String role, List<String> tenants, Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        Caller who = caller.get();
        if (who.accountRef() == null) {
            throw ProblemException.forbidden(null, "API tokens belong to local accounts");
        }
        JsonNode json = JsonBodies.object(body);
        String name = JsonBodies.text(json, "name", "name");
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw ProblemException.badField("name", "name is required, at most " + MAX_NAME + " characters");
        }
        Grant grant = GrantInput.read(json, who, tenants, true);
        Instant expiresAt = expiry(JsonBodies.text(json, "expiresAt", "expiresAt"));
        ApiTokens.Created created = tokens.create(name.trim(), grant, who.accountRef(), expiresAt);
        audit.record(who, "CREATE_TOKEN", Outcome.SUCCESS, "token " + created.view().id() + " (" + name.trim() + ")",
                UserResource.describe(grant) + "; expires " + expiresAt);
        TokenView view = created.view();
        return Response.created(URI.create("/api/v1/tokens/" + view.id()))
                .entity(new Created(view.id(), created.token(), view.name(), view.role(), view.tenants(),
                        view.expiresAt()))
                .build();
    }

    @GET
    public Items<TokenView> list() {
        Caller who = caller.get();
        return new Items<>(tokens.list(fullAdmin(who) ? null : who.accountRef()));
    }

    /** Revokes at once: the next call with the token is refused. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        Caller who = caller.get();
        UUID uuid = JsonBodies.guid(id, "id");
        TokenView token = tokens.find(uuid)
                .filter(t -> fullAdmin(who) || tokens.list(who.accountRef()).stream().anyMatch(o -> o.id().equals(uuid)))
                .orElseThrow(() -> ProblemException.notFound("Token", id, "id"));
        tokens.revoke(uuid, Instant.now());
        audit.record(who, "REVOKE_TOKEN", Outcome.SUCCESS, "token " + uuid + " (" + token.name() + ")",
                "owner " + token.owner());
        return Response.noContent().build();
    }

    private static boolean fullAdmin(Caller who) {
        return who.may(Role.ADMIN) && who.allTenants();
    }

    private static Instant expiry(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField("expiresAt", "expiresAt is required: tokens expire");
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("expiresAt", "expiresAt must be an instant like 2027-01-31T00:00:00Z");
        }
        Instant now = Instant.now();
        if (!instant.isAfter(now)) {
            throw ProblemException.badField("expiresAt", "expiresAt must be in the future");
        }
        if (instant.isAfter(now.plus(MAX_LIFETIME))) {
            throw ProblemException.badField("expiresAt", "expiresAt may be at most " + MAX_LIFETIME.toDays()
                    + " days ahead");
        }
        return instant;
    }
}
