package dev.portcullis.web.tenants;

import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.tenant.DuplicateTenantException;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.scanner.tenant.OnboardingByCaller;
import dev.portcullis.scanner.tenant.PermissionSelfCheck;
import dev.portcullis.scanner.tenant.SubscriptionConflict;
import dev.portcullis.scanner.tenant.SubscriptionPermissions;
import dev.portcullis.scanner.tenant.TenantRegistration;
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
import java.util.Arrays;
import java.util.List;

/**
 * The onboarding wizard: how to create a least-privilege identity (the commands, for the scope to scan), the
 * tenant's details and credential, then what the credential may read in each subscription found, with the command
 * that grants each missing permission. Secrets typed into the form are never shown again, not even when it is
 * refused.
 */
@Path("/tenants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("OPERATOR")
public class OnboardingPage {

    private static final int UNPROCESSABLE = 422;
    static final List<String> CLOUDS = Arrays.stream(CloudName.values()).map(CloudName::wireName).toList();
    static final List<String> CREDENTIAL_TYPES = Arrays.stream(CredentialType.values()).map(CredentialType::wireName)
            .toList();

    private final OnboardingByCaller onboarding;
    private final PermissionSelfCheck selfCheck;
    private final TenantQueries tenants;
    private final Viewer viewer;

    public OnboardingPage(OnboardingByCaller onboarding, PermissionSelfCheck selfCheck, TenantQueries tenants,
                          Viewer viewer) {
        this.onboarding = onboarding;
        this.selfCheck = selfCheck;
        this.tenants = tenants;
        this.viewer = viewer;
    }

    /** What the form keeps when it is shown again: never the secret nor the certificate. */
    public record Form(String displayName, String tenantId, String cloud, String resourceManagerEndpoint,
                       String authorityHost, String managementGroupId, String credentialType, String clientId) {
        static final Form EMPTY = new Form("", "", "AzureCloud", "", "", "", "client_secret", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance onboard(Form form, List<IdentitySetup.Recipe> recipes, String scope,
                                               List<String> clouds, List<String> credentialTypes, String error,
                                               String errorField);

        static native TemplateInstance checked(TenantView tenant, List<SubscriptionPermissions> results,
                                               List<SubscriptionConflict> conflicts, boolean justOnboarded);
    }

    /**
     * The wizard; {@code ?managementGroupId=} prints its commands for that group. An id that is not one is refused
     * with a message and never reaches a command.
     */
    @GET
    @Path("onboard")
    public Response form(@QueryParam("managementGroupId") String managementGroupId) {
        Form form = managementGroupId == null ? Form.EMPTY : new Form("", "", "AzureCloud", "", "",
                managementGroupId, "client_secret", "");
        try {
            String scope = IdentitySetup.scope(managementGroupId);
            return viewer.page(Templates.onboard(form, IdentitySetup.recipes(scope), scope, CLOUDS, CREDENTIAL_TYPES,
                    null, null), "tenants", Response.Status.OK);
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
        boolean custom = "Custom".equals(cloud);
        Form form = new Form(text(displayName), text(tenantId), text(cloud), text(resourceManagerEndpoint),
                text(authorityHost), text(managementGroupId), text(credentialType), text(clientId));
        TenantRegistration registration = new TenantRegistration(blankToNull(displayName), blankToNull(tenantId),
                blankToNull(cloud), custom ? blankToNull(resourceManagerEndpoint) : null,
                custom ? blankToNull(authorityHost) : null, blankToNull(credentialType), blankToNull(clientId),
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
        return viewer.page(Templates.onboard(form, IdentitySetup.recipes(scope), scope, CLOUDS, CREDENTIAL_TYPES, error,
                field), "tenants", status);
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
