package dev.portcullis.api.tenants;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.scanner.tenant.OnboardingByCaller;
import dev.portcullis.scanner.tenant.PermissionSelfCheck;
import dev.portcullis.scanner.tenant.SubscriptionConflict;
import dev.portcullis.scanner.tenant.SubscriptionPermissions;
import dev.portcullis.scanner.tenant.TenantChanges;
import dev.portcullis.scanner.tenant.TenantRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Onboarding and listing of tenants. Secrets go in, never out. */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    private static final String SIGN_IN_FAILED = "Signing in to Entra ID or listing the subscriptions failed, with"
            + " the status, ARM code or AADSTS number and the reason (nothing stored)";
    private static final String NO_MASTER_KEY = "The server has no master key to seal the secret with";
    private static final String OFFBOARDED = "The tenant was offboarded";

    private final OnboardingByCaller onboardingByCaller;
    private final TenantQueries tenants;
    private final CurrentCaller caller;
    private final TenantChanges changes;
    private final PermissionSelfCheck selfCheck;

    public TenantResource(OnboardingByCaller onboardingByCaller, TenantQueries tenants, CurrentCaller caller,
                          TenantChanges changes, PermissionSelfCheck selfCheck) {
        this.selfCheck = selfCheck;
        this.onboardingByCaller = onboardingByCaller;
        this.tenants = tenants;
        this.caller = caller;
        this.changes = changes;
    }

    /** Onboards a tenant; a caller limited to some tenants may onboard only those (by Entra tenant id). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("OPERATOR")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantBodies.Onboarding.class)))
    @APIResponseSchema(value = Onboarded.class, responseCode = "201", responseDescription = "Onboarded")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR + "; or the tenant is not among the"
            + " caller's; or a Custom cloud or the server's own identity without ADMIN over every tenant")
    @APIResponse(responseCode = "409", description = "The tenant is already onboarded")
    @APIResponse(responseCode = "422", description = SIGN_IN_FAILED)
    @APIResponse(responseCode = "503", description = NO_MASTER_KEY)
    public Response onboard(String body) {
        JsonNode json = JsonBodies.object(body);
        JsonNode cloud = JsonBodies.child(json, "cloud", "cloud");
        JsonNode credential = JsonBodies.child(json, "credential", "credential");
        TenantRegistration registration = new TenantRegistration(
                JsonBodies.text(json, "displayName", "displayName"),
                JsonBodies.text(json, "tenantId", "tenantId"),
                JsonBodies.text(cloud, "name", "cloud.name"),
                JsonBodies.text(cloud, "resourceManagerEndpoint", "cloud.resourceManagerEndpoint"),
                JsonBodies.text(cloud, "authorityHost", "cloud.authorityHost"),
                JsonBodies.text(credential, "type", "credential.type"),
                JsonBodies.text(credential, "clientId", "credential.clientId"),
                JsonBodies.text(credential, "clientSecret", "credential.clientSecret"),
                JsonBodies.text(credential, "certificate", "credential.certificate"),
                JsonBodies.text(credential, "federatedTokenFile", "credential.federatedTokenFile"),
                JsonBodies.text(json, "managementGroupId", "managementGroupId"));
        JsonBodies.guid(registration.tenantId(), "tenantId");
        OnboardingByCaller.Onboarded onboarded = onboardingByCaller.onboard(caller.get(), registration);
        return Response.created(URI.create("/api/v1/tenants/" + onboarded.tenantRef()))
                .entity(new Onboarded(tenants.find(TenantScope.ALL, onboarded.tenantRef()).orElseThrow(),
                        onboarded.selfCheck(), onboarded.conflicts()))
                .build();
    }

    /**
     * A tenant just onboarded, with what its credential may read in each subscription, and the subscriptions it
     * found that another tenant holds (left there).
     */
    public record Onboarded(@JsonUnwrapped TenantView tenant, List<SubscriptionPermissions> selfCheck,
                            List<SubscriptionConflict> conflicts) {
    }

    /**
     * Tries the reads a scan needs in each enabled subscription: each missing permission comes with the
     * {@code az role assignment create} that grants it.
     */
    @POST
    @Path("{id}/self-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("OPERATOR")
    @APIResponse(responseCode = "200", description = "Each enabled subscription's permissions")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    @APIResponse(responseCode = "409", description = OFFBOARDED)
    public Items<SubscriptionPermissions> selfCheck(@PathParam("id") String id) {
        TenantView tenant = visible(caller.get(), id);
        return new Items<>(selfCheck.checkTenant(tenant.id())
                .orElseThrow(() -> ProblemException.conflict("id", "tenant " + id + " was offboarded")));
    }

    @GET
    public Items<TenantView> list() {
        return new Items<>(tenants.list(caller.get().scope()));
    }

    @GET
    @Path("{id}")
    public TenantView get(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        return tenants.find(caller.get().scope(), uuid).orElseThrow(() -> ProblemException.notFound("Tenant", id, "id"));
    }

    /**
     * Replaces the tenant's credential: {@code {"credential": {...}}} as at onboarding. The new one must
     * list the tenant's subscriptions before it replaces the old one.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("OPERATOR")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantBodies.CredentialChange.class)))
    @APIResponse(responseCode = "200", description = "The tenant, now signing in with the new credential")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR
            + "; or the server's own identity without ADMIN over every tenant")
    @APIResponse(responseCode = "409", description = OFFBOARDED)
    @APIResponse(responseCode = "422", description = SIGN_IN_FAILED + "; the old credential stays")
    @APIResponse(responseCode = "503", description = NO_MASTER_KEY)
    public TenantView change(@PathParam("id") String id, String body) {
        Caller who = caller.get();
        TenantView tenant = visible(who, id);
        JsonNode json = JsonBodies.object(body);
        if (!json.has("credential")) {
            throw ProblemException.badField("credential", "give the new credential");
        }
        JsonNode credential = JsonBodies.child(json, "credential", "credential");
        TenantChanges.NewCredential replacement = new TenantChanges.NewCredential(
                JsonBodies.text(credential, "type", "credential.type"),
                JsonBodies.text(credential, "clientId", "credential.clientId"),
                JsonBodies.text(credential, "clientSecret", "credential.clientSecret"),
                JsonBodies.text(credential, "certificate", "credential.certificate"),
                JsonBodies.text(credential, "federatedTokenFile", "credential.federatedTokenFile"));
        changes.rotateCredential(who, tenant.id(), replacement)
                .orElseThrow(() -> ProblemException.conflict("id", "tenant " + id + " was offboarded"));
        return tenants.find(who.scope(), tenant.id()).orElseThrow();
    }

    /** Enables or disables one subscription: {@code {"enabled": false}} stops its scans; its history stays. */
    @PATCH
    @Path("{id}/subscriptions/{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("OPERATOR")
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantBodies.SubscriptionSwitch.class)))
    @APIResponse(responseCode = "200", description = "The tenant")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public TenantView enable(@PathParam("id") String id, @PathParam("subscriptionId") String subscriptionId,
                             String body) {
        Caller who = caller.get();
        TenantView tenant = visible(who, id);
        UUID subscription = JsonBodies.guid(subscriptionId, "subscriptionId");
        JsonNode enabled = JsonBodies.object(body).get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw ProblemException.badField("enabled", "enabled must be true or false");
        }
        if (!changes.setEnabled(who, tenant.id(), subscription, enabled.asBoolean())) {
            throw ProblemException.notFound("Subscription", subscriptionId, "subscriptionId");
        }
        return tenants.find(who.scope(), tenant.id()).orElseThrow();
    }

    /**
     * Offboards a tenant: {@code ?history=keep} keeps what was found (credential erased, subscriptions disabled),
     * {@code ?history=purge} deletes everything. {@code confirm} must repeat the tenant's Entra tenant id.
     */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @APIResponse(responseCode = "204", description = "Offboarded")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_ADMIN)
    public Response offboard(@PathParam("id") String id,
                             @Parameter(required = true, description = "keep or purge the tenant's findings and trends")
                             @QueryParam("history") String history,
                             @Parameter(required = true, description = "The tenant's Entra tenant id, repeated")
                             @QueryParam("confirm") String confirm) {
        Caller who = caller.get();
        TenantView tenant = visible(who, id);
        if (!"keep".equals(history) && !"purge".equals(history)) {
            throw ProblemException.badField("history", "history must be keep or purge: say what becomes of"
                    + " the tenant's findings and trends");
        }
        if (confirm == null || !confirm.trim().equalsIgnoreCase(tenant.tenantId().toString())) {
            throw ProblemException.badField("confirm", "confirm must repeat the tenant's Entra tenant id, "
                    + tenant.tenantId());
        }
        changes.offboard(who, tenant.id(), "keep".equals(history), Instant.now());
        return Response.noContent().build();
    }

    private TenantView visible(Caller who, String id) {
        return tenants.find(who.scope(), JsonBodies.guid(id, "id"))
                .orElseThrow(() -> ProblemException.notFound("Tenant", id, "id"));
    }
}
