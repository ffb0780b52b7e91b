package dev.portcullis.web.tenants;

import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.scanner.tenant.TenantChanges;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants and their subscriptions: last scan status and age, Defender plan, VMs by JIT status; for an OPERATOR,
 * switching subscriptions on and off and replacing a credential (with the fields of the credential type chosen:
 * {@code ?rotate=<tenant>&type=}), for an ADMIN, offboarding.
 */
@Path("/tenants")
@Produces(MediaType.TEXT_HTML)
public class TenantsPage {

    private final TenantQueries tenants;
    private final VmQueries vms;
    private final Viewer viewer;
    private final TenantChanges changes;
    private final InstallationPolicy installation;

    public TenantsPage(TenantQueries tenants, VmQueries vms, Viewer viewer, TenantChanges changes,
                       InstallationPolicy installation) {
        this.changes = changes;
        this.installation = installation;
        this.tenants = tenants;
        this.vms = vms;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenants(List<TenantView> tenants, Map<UUID, Map<String, Long>> jitCounts,
                                               List<String> credentialTypes, String done, String error,
                                               UUID rotating, String rotateType);
    }

    /** The tenants; {@code ?rotate=<tenant>&type=} opens that tenant's credential form with that type's fields. */
    @GET
    public Response list(@QueryParam("done") String done, @QueryParam("rotate") String rotate,
                         @QueryParam("type") String type) {
        UUID rotating = rotate == null ? null : Ids.parse(rotate).orElse(null);
        String rotateType = rotating == null ? null : choices().credentialTypeOrDefault(type);
        return render(done == null ? null : switch (done) {
            case "enabled" -> viewer.adm().tenants_done_enabled();
            case "disabled" -> viewer.adm().tenants_done_disabled();
            case "offboarded" -> viewer.adm().tenants_done_offboarded();
            case "rotated" -> viewer.adm().tenants_done_rotated();
            default -> null;
        }, null, Response.Status.OK, rotating, rotateType);
    }

    /** Enables or disables one subscription of a tenant in the viewer's scope. */
    @POST
    @Path("{id}/subscriptions/{subscriptionId}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    public Response enable(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId,
                           @FormParam("enabled") boolean enabled) {
        Optional<TenantView> tenant = visible(id);
        Optional<UUID> subscription = Ids.parse(subscriptionId);
        if (tenant.isEmpty() || subscription.isEmpty()
                || !changes.setEnabled(viewer.caller(), tenant.get().id(), subscription.get(), enabled)) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.adm().tenant_not_found(id));
        }
        return Response.seeOther(URI.create("/tenants?done=" + (enabled ? "enabled" : "disabled"))).build();
    }

    /** Replaces a tenant's credential; the new one must list the subscriptions first, or the old one stays. */
    @POST
    @Path("{id}/credential")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    public Response rotate(@PathParam("id") String id, @FormParam("credentialType") String type,
                           @FormParam("clientId") String clientId, @FormParam("clientSecret") String clientSecret,
                           @FormParam("certificate") String certificate) {
        Optional<TenantView> tenant = visible(id);
        if (tenant.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.adm().tenant_not_found(id));
        }
        try {
            changes.rotateCredential(viewer.caller(), tenant.get().id(), new TenantChanges.NewCredential(
                    blankToNull(type), blankToNull(clientId), blankToNull(clientSecret), blankToNull(certificate),
                    null));
        } catch (InvalidFieldException | DiscoveryFailedException | SecretBox.NoMasterKeyException e) {
            return render(null, viewer.adm().tenants_rotate_refused(e.getMessage()), Response.Status.BAD_REQUEST);
        }
        return Response.seeOther(URI.create("/tenants?done=rotated")).build();
    }

    /** Offboards a tenant of the viewer's scope once its Entra tenant id is repeated. */
    @POST
    @Path("{id}/offboard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("ADMIN")
    public Response offboard(@PathParam("id") String id, @FormParam("history") String history,
                             @FormParam("confirm") String confirm) {
        Optional<TenantView> tenant = visible(id);
        if (tenant.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.adm().tenant_not_found(id));
        }
        boolean known = "keep".equals(history) || "purge".equals(history);
        if (!known || confirm == null || !confirm.trim().equalsIgnoreCase(tenant.get().tenantId().toString())) {
            return render(null, viewer.adm().tenants_offboard_refused(tenant.get().tenantId().toString()),
                    Response.Status.BAD_REQUEST);
        }
        changes.offboard(viewer.caller(), tenant.get().id(), "keep".equals(history), Instant.now());
        return Response.seeOther(URI.create("/tenants?done=offboarded")).build();
    }

    private Response render(String done, String error, Response.Status status) {
        return render(done, error, status, null, null);
    }

    private Response render(String done, String error, Response.Status status, UUID rotating, String rotateType) {
        return viewer.page(Templates.tenants(tenants.list(viewer.scope()), vms.jitStatusCounts(viewer.scope()),
                choices().credentialTypes(), done, error, rotating, rotateType), "tenants", status);
    }

    private OnboardingChoices choices() {
        return OnboardingChoices.of(installation, GrantRules.isFullAdmin(viewer.caller()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Optional<TenantView> visible(String id) {
        return Ids.parse(id).flatMap(ref -> tenants.find(viewer.scope(), ref));
    }

}
