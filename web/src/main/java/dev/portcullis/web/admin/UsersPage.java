package dev.portcullis.web.admin;

import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.account.AccountAdministration;
import dev.portcullis.persistence.account.AccountView;
import dev.portcullis.persistence.account.TokenAdministration;
import dev.portcullis.persistence.query.TenantDirectory;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Local accounts for an ADMIN over every tenant: create, change role and tenants or password, unlock, delete. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class UsersPage {

    private final AccountAdministration administration;
    private final TokenAdministration tokens;
    private final TenantQueries tenants;
    private final Viewer viewer;

    public UsersPage(AccountAdministration administration, TokenAdministration tokens, TenantQueries tenants,
                     Viewer viewer) {
        this.administration = administration;
        this.tokens = tokens;
        this.tenants = tenants;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AccountView> accounts, TenantDirectory directory,
                                             List<String> roles, List<String> noTenants, int minPassword,
                                             String done, String error, String errorField);
    }

    @GET
    public Response list(@QueryParam("done") String done) {
        return render(done, null, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("role") String role, @FormParam("tenants") List<String> tenantIds) {
        return act(() -> administration.create(viewer.caller(), trim(username), password,
                FormGrant.of(role, tenantIds)), "created");
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, @FormParam("role") String role,
                           @FormParam("tenants") List<String> tenantIds, @FormParam("password") String password) {
        return act(() -> administration.change(viewer.caller(), id, password == null || password.isEmpty() ? null
                : password, FormGrant.of(role, tenantIds), null), "changed");
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("id") UUID id) {
        return act(() -> administration.change(viewer.caller(), id, null, null, true), "unlocked");
    }

    /** Revokes every live API token of the account, as its password or grant changed. */
    @POST
    @Path("{id}/revoke-tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeTokens(@PathParam("id") UUID id) {
        return act(() -> {
            AccountView account = administration.find(viewer.caller(), id);
            tokens.revokeAllOf(viewer.caller(), id, Instant.now());
            return account;
        }, "tokens-revoked");
    }

    /** Deletes when the form repeats the account's user name: a slip of the mouse deletes nothing. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") UUID id, @FormParam("confirm") String confirm) {
        return act(() -> {
            AccountView account = administration.find(viewer.caller(), id);
            if (!account.username().equals(trim(confirm))) {
                throw new AccessRuleException(AccessRuleException.Kind.INVALID, "confirm",
                        viewer.adm().users_delete_mismatch(account.username()));
            }
            administration.delete(viewer.caller(), id);
            return account;
        }, "deleted");
    }

    private interface Action {
        AccountView run();
    }

    /** Runs the change; done, back to the list with what was done (a word, not text a link could choose). */
    private Response act(Action action, String done) {
        try {
            action.run();
            return Response.seeOther(URI.create("/admin/users?done=" + done)).build();
        } catch (AccessRuleException e) {
            return render(null, e, Response.Status.fromStatusCode(e.kind().httpStatus()));
        }
    }

    private Response render(String done, AccessRuleException error, Response.Status status) {
        String doneMessage = switch (done == null ? "" : done) {
            case "created" -> viewer.adm().users_done_created();
            case "changed" -> viewer.adm().users_done_changed();
            case "unlocked" -> viewer.adm().users_done_unlocked();
            case "deleted" -> viewer.adm().users_done_deleted();
            case "tokens-revoked" -> viewer.adm().users_done_tokens_revoked();
            default -> null;
        };
        return viewer.page(Templates.users(administration.list(viewer.caller()), tenants.directory(viewer.scope()),
                FormGrant.grantable(viewer.caller().role()), List.of(), AccountAdministration.MIN_PASSWORD, doneMessage,
                error == null ? null : error.getMessage(), error == null ? null : error.field()), "users", status);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
