package dev.portcullis.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.account.AccountView;
import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.Grant;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
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
import java.util.UUID;
import java.util.regex.Pattern;

/** Local accounts: ADMIN over every tenant only. Passwords go in, never out. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UserResource {

    static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 1024;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final Accounts accounts;
    private final TenantQueries tenants;
    private final CurrentCaller caller;
    private final AuditLog audit;

    public UserResource(Accounts accounts, TenantQueries tenants, CurrentCaller caller, AuditLog audit) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        Caller who = caller.get();
        FullAdmin.require(who);
        JsonNode json = JsonBodies.object(body);
        String username = JsonBodies.text(json, "username", "username");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.badField("username", "username must be 1 to 100 letters, digits or . _ @ -");
        }
        String password = password(JsonBodies.text(json, "password", "password"));
        if (password == null) {
            throw ProblemException.badField("password", "password is required");
        }
        Grant grant = GrantInput.read(json, who, tenants, true);
        if (accounts.exists(username)) {
            throw ProblemException.conflict("username", "an account named " + username + " already exists");
        }
        AccountView created = accounts.create(username, password, grant);
        audit.record(who, "CREATE_USER", Outcome.SUCCESS, "account " + username, describe(grant));
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @GET
    public Items<AccountView> list() {
        FullAdmin.require(caller.get());
        return new Items<>(accounts.list());
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") String id) {
        FullAdmin.require(caller.get());
        return accounts.find(JsonBodies.guid(id, "id")).orElseThrow(() -> ProblemException.notFound("User", id, "id"));
    }

    /** Changes the password, the role and tenants (together), or unlocks ({@code "unlock": true}). */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public AccountView change(@PathParam("id") String id, String body) {
        Caller who = caller.get();
        FullAdmin.require(who);
        UUID uuid = JsonBodies.guid(id, "id");
        AccountView current = accounts.find(uuid).orElseThrow(() -> ProblemException.notFound("User", id, "id"));
        JsonNode json = JsonBodies.object(body);
        String password = password(JsonBodies.text(json, "password", "password"));
        Grant grant = GrantInput.read(json, who, tenants, false);
        JsonNode unlock = json.get("unlock");
        if (unlock != null && !unlock.isBoolean()) {
            throw ProblemException.badField("unlock", "unlock must be true or false");
        }
        if (grant != null && isFullAdmin(current) && !(grant.role() == Role.ADMIN && grant.allTenants())
                && accounts.fullAdmins() <= 1) {
            throw ProblemException.conflict("role", "this is the last ADMIN over every tenant: make another first");
        }
        AccountView changed = accounts.change(uuid, new Accounts.Change(password, grant,
                unlock == null ? null : unlock.asBoolean())).orElseThrow(
                () -> ProblemException.notFound("User", id, "id"));
        audit.record(who, "UPDATE_USER", Outcome.SUCCESS, "account " + current.username(),
                (password != null ? "password changed; " : "") + (grant != null ? describe(grant) + "; " : "")
                        + (unlock != null && unlock.asBoolean() ? "unlocked" : ""));
        return changed;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Caller who = caller.get();
        FullAdmin.require(who);
        UUID uuid = JsonBodies.guid(id, "id");
        AccountView current = accounts.find(uuid).orElseThrow(() -> ProblemException.notFound("User", id, "id"));
        if (isFullAdmin(current) && accounts.fullAdmins() <= 1) {
            throw ProblemException.conflict("id", "this is the last ADMIN over every tenant: make another first");
        }
        accounts.delete(uuid);
        audit.record(who, "DELETE_USER", Outcome.SUCCESS, "account " + current.username(), "its API tokens too");
        return Response.noContent().build();
    }

    private static boolean isFullAdmin(AccountView account) {
        return Role.ADMIN.name().equals(account.role()) && account.tenants().equals(java.util.List.of("*"));
    }

    private static String password(String password) {
        if (password == null) {
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ProblemException.badField("password", "password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters");
        }
        return password;
    }

    static String describe(Grant grant) {
        return "role " + grant.role() + " over " + String.join(", ", grant.tenantsAsWritten());
    }
}
