package dev.portcullis.web.admin;

import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.account.ApiTokens;
import dev.portcullis.persistence.account.TokenAdministration;
import dev.portcullis.persistence.account.TokenView;
import dev.portcullis.persistence.query.TenantDirectory;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * API tokens: everyone signed in with a local account creates tokens holding at most their own role and tenants,
 * and sees and revokes theirs (an ADMIN over every tenant, all of them). A new token is shown on the answer to its
 * creation and never again.
 */
@Path("/tokens")
@Produces(MediaType.TEXT_HTML)
public class TokensPage {

    private final TokenAdministration administration;
    private final TenantQueries tenants;
    private final Viewer viewer;

    public TokensPage(TokenAdministration administration, TenantQueries tenants, Viewer viewer) {
        this.administration = administration;
        this.tenants = tenants;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<TokenView> tokens, TenantDirectory directory, List<String> roles,
                                              List<String> noTenants, String newToken, boolean revoked,
                                              String error, String errorField, Instant now, LocalDate tomorrow);
    }

    @GET
    public Response list(@jakarta.ws.rs.QueryParam("done") String done) {
        return render(null, "revoked".equals(done), null, Response.Status.OK);
    }

    /** Creates a token that expires at the start (UTC) of the chosen day, and shows it this once. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("role") String role,
                           @FormParam("tenants") List<String> tenantIds, @FormParam("expires") String expires) {
        try {
            ApiTokens.Created created = administration.create(viewer.caller(), name, FormGrant.of(role, tenantIds),
                    expiry(expires), Instant.now());
            return render(created.token(), false, null, Response.Status.CREATED);
        } catch (AccessRuleException e) {
            return render(null, false, e, Response.Status.fromStatusCode(e.kind().httpStatus()));
        }
    }

    /** Revokes every live token of the signed-in account. */
    @POST
    @Path("revoke-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeAll() {
        if (viewer.caller().accountRef() == null) {
            return render(null, false, new AccessRuleException(AccessRuleException.Kind.DENIED, null,
                    "API tokens belong to local accounts"), Response.Status.FORBIDDEN);
        }
        administration.revokeAllOf(viewer.caller(), viewer.caller().accountRef(), Instant.now());
        return Response.seeOther(URI.create("/tokens?done=revoked")).build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id) {
        try {
            administration.revoke(viewer.caller(), id, Instant.now());
            return Response.seeOther(URI.create("/tokens?done=revoked")).build();
        } catch (AccessRuleException e) {
            return render(null, false, e, Response.Status.fromStatusCode(e.kind().httpStatus()));
        }
    }

    private Response render(String newToken, boolean revoked, AccessRuleException error, Response.Status status) {
        return viewer.page(Templates.tokens(administration.list(viewer.caller()), tenants.directory(viewer.scope()),
                FormGrant.grantable(viewer.caller().role()), List.of(), newToken, revoked,
                error == null ? null : error.getMessage(), error == null ? null : error.field(), Instant.now(),
                LocalDate.now(ZoneOffset.UTC).plusDays(1)), "tokens", status);
    }

    private static Instant expiry(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new AccessRuleException(AccessRuleException.Kind.INVALID, "expiresAt", "the expiry must be a date");
        }
    }
}
