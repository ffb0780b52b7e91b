package dev.portcullis.web.tenants;

import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.tenant.DuplicateTenantException;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.scanner.tenant.OnboardingByCaller;
import dev.portcullis.scanner.tenant.PermissionSelfCheck;
import dev.portcullis.scanner.tenant.SubscriptionConflict;
import dev.portcullis.scanner.tenant.SubscriptionPermissions;
import dev.portcullis.scanner.tenant.TenantRegistration;
import dev.portcullis.web.page.Adm;
import dev.portcullis.web.page.Ids;
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
import java.util.List;
import java.util.Optional;

/**
 * The onboarding wizard: first where the tenant lives and how Portcullis signs in to it (a choice that re-renders the
 * page, so no script is needed), then the commands that create that least-privilege identity for the scope to scan,
 * then the tenant's details and only the fields of the credential chosen; after onboarding, what the credential may
 * read in each subscription found, with the command that grants each missing permission. Secrets typed into the form
 * are never shown again, not even when it is refused.
 */
@Path("/tenants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("OPERATOR")
public class OnboardingPage {

    private static final int UNPROCESSABLE = 422;
    /** The element the form's id prefix gives the credential fields ({@code tags/credentialFields.html}). */
    static final String CREDENTIAL_PREFIX = "onboard";

    private final OnboardingByCaller onboarding;
    private final PermissionSelfCheck selfCheck;
    private final TenantQueries tenants;
    private final Viewer viewer;
    private final InstallationPolicy installation;

    public OnboardingPage(OnboardingByCaller onboarding, PermissionSelfCheck selfCheck, TenantQueries tenants,
                          Viewer viewer, InstallationPolicy installation) {
        this.onboarding = onboarding;
        this.selfCheck = selfCheck;
        this.tenants = tenants;
        this.viewer = viewer;
        this.installation = installation;
    }

    /** What the form keeps when it is shown again: never the secret nor the certificate. */
    public record Form(String displayName, String tenantId, String cloud, String resourceManagerEndpoint,
                       String authorityHost, String managementGroupId, String credentialType, String clientId) {

        /** Whether the tenant lives in a Custom cloud, whose endpoints the form then asks for. */
        public boolean custom() {
            return "Custom".equals(cloud);
        }
    }

    /**
     * Why the form was refused: the message, and when it is about one field, that field's input name, the id of the
     * element to jump to from the summary, and its label in the viewer's language.
     */
    public record Refusal(String message, String field, String anchor, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance onboard(Form form, OnboardingChoices choices, Optional<IdentitySetup.Recipe> recipe,
                                               String scope, Refusal refusal);

        static native TemplateInstance checked(TenantView tenant, List<SubscriptionPermissions> results,
                                               List<SubscriptionConflict> conflicts, boolean justOnboarded);
    }

    /**
     * The wizard for the cloud and credential type chosen ({@code ?cloud=&type=}; the public cloud and a client
     * secret when none or one not offered is asked for), with what was typed before the choice changed (never a
     * secret); {@code ?managementGroupId=} prints its commands for that group. An id that is not one is refused with
     * a message and never reaches a command.
     */
    @GET
    @Path("onboard")
    public Response form(@QueryParam("cloud") String cloud, @QueryParam("type") String type,
                         @QueryParam("managementGroupId") String managementGroupId,
                         @QueryParam("displayName") String displayName, @QueryParam("tenantId") String tenantId,
                         @QueryParam("resourceManagerEndpoint") String resourceManagerEndpoint,
                         @QueryParam("authorityHost") String authorityHost, @QueryParam("clientId") String clientId) {
        OnboardingChoices choices = choices();
        Form form = new Form(text(displayName), text(tenantId), choices.cloudOrDefault(cloud),
                text(resourceManagerEndpoint), text(authorityHost), text(managementGroupId),
                choices.credentialTypeOrDefault(type), text(clientId));
        try {
            String scope = IdentitySetup.scope(managementGroupId);
            return viewer.page(Templates.onboard(form, choices, IdentitySetup.recipe(scope, form.credentialType()),
                    scope, null), "tenants", Response.Status.OK);
        } catch (InvalidFieldException e) {
            return refused(form, e.getMessage(), e.field(), 400);
        }
    }

    @POST
    @Path("onboard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@FormParam("displayName") String displayName, @FormParam("tenantId") String tenantId,
                            @FormParam("cloud") String cloud,
                            @FormParam("resourceManagerEndpoint") String resourceManagerEndpoint,
                            @FormParam("authorityHost") String authorityHost,
                            @FormParam("managementGroupId") String managementGroupId,
                            @FormParam("credentialType") String credentialType, @FormParam("clientId") String clientId,
                            @FormParam("clientSecret") String clientSecret, @FormParam("certificate") String certificate) {
        Form form = new Form(text(displayName), text(tenantId), text(cloud), text(resourceManagerEndpoint),
                text(authorityHost), text(managementGroupId), text(credentialType), text(clientId));
        TenantRegistration registration = new TenantRegistration(blankToNull(displayName), blankToNull(tenantId),
                blankToNull(cloud), form.custom() ? blankToNull(resourceManagerEndpoint) : null,
                form.custom() ? blankToNull(authorityHost) : null, blankToNull(credentialType), blankToNull(clientId),
                blankToNull(clientSecret), blankToNull(certificate), null, blankToNull(managementGroupId));
        try {
            OnboardingByCaller.Onboarded onboarded = onboarding.onboard(viewer.caller(), registration);
            return viewer.page(Templates.checked(tenants.find(TenantScope.ALL, onboarded.tenantRef()).orElseThrow(),
                    onboarded.selfCheck(), onboarded.conflicts(), true), "tenants", Response.Status.CREATED);
        } catch (InvalidFieldException e) {
            return refused(form, e.getMessage(), e.field(), 400);
        } catch (AccessRuleException e) {
            return refused(form, e.getMessage(), e.field(), e.kind().httpStatus());
        } catch (DuplicateTenantException e) {
            return refused(form, e.getMessage(), "tenantId", 409);
        } catch (DiscoveryFailedException e) {
            return refused(form, viewer.adm().onboard_discovery_failed(e.getMessage()), null, UNPROCESSABLE);
        } catch (SecretBox.NoMasterKeyException e) {
            return refused(form, e.getMessage(), null, 503);
        }
    }

    /** Tries the reads again, after roles were granted. */
    @POST
    @Path("{id}/self-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@PathParam("id") String id) {
        return Ids.parse(id).flatMap(ref -> tenants.find(viewer.scope(), ref))
                .flatMap(tenant -> selfCheck.checkTenant(tenant.id()).map(results ->
                        viewer.page(Templates.checked(tenant, results, List.of(), false), "tenants",
                                Response.Status.OK)))
                .orElseGet(() -> viewer.error(Response.Status.NOT_FOUND, viewer.adm().tenant_not_found(id)));
    }

    private Response refused(Form form, String error, String field, int status) {
        String scope;
        try {
            scope = IdentitySetup.scope(form.managementGroupId());
        } catch (InvalidFieldException e) {
            scope = IdentitySetup.scope(null);
        }
        String input = FormInput.of(field);
        Refusal refusal = new Refusal(error, input, FormInput.anchor(input, CREDENTIAL_PREFIX),
                label(viewer.adm(), input));
        return viewer.page(Templates.onboard(form, choices(), IdentitySetup.recipe(scope, form.credentialType()),
                scope, refusal), "tenants", status);
    }

    private OnboardingChoices choices() {
        return OnboardingChoices.of(installation, GrantRules.isFullAdmin(viewer.caller()));
    }

    /** The label of an input of the form, for the summary of a refusal; null for none. */
    private static String label(Adm adm, String input) {
        if (input == null) {
            return null;
        }
        return switch (input) {
            case "displayName" -> adm.onboard_display_name();
            case "tenantId" -> adm.onboard_tenant_id();
            case "managementGroupId" -> adm.onboard_mg();
            case "cloud" -> adm.onboard_cloud();
            case "resourceManagerEndpoint" -> adm.onboard_arm_endpoint();
            case "authorityHost" -> adm.onboard_authority();
            case "credentialType" -> adm.onboard_credential_type();
            case "clientId" -> adm.onboard_client_id();
            case "clientSecret" -> adm.onboard_client_secret();
            case "certificate" -> adm.onboard_certificate();
            default -> null;
        };
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
