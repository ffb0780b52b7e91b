package dev.portcullis.api.tenants;

import jakarta.annotation.security.RolesAllowed;

import dev.portcullis.persistence.query.TenantScope;

import dev.portcullis.persistence.audit.AuditLog;

import dev.portcullis.persistence.access.Caller;

import dev.portcullis.persistence.access.CurrentCaller;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.scanner.tenant.TenantOnboarding;
import dev.portcullis.scanner.tenant.TenantRegistration;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Onboarding and listing of tenants. Secrets go in, never out. */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    private final TenantOnboarding onboarding;
    private final TenantQueries tenants;
    private final CurrentCaller caller;
    private final AuditLog audit;

    public TenantResource(TenantOnboarding onboarding, TenantQueries tenants, CurrentCaller caller, AuditLog audit) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.caller = caller;
        this.audit = audit;
    }

    /** Onboards a tenant; a caller limited to some tenants may onboard only those (by Entra tenant id). */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("OPERATOR")
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
                JsonBodies.text(credential, "clientSecret", "credential.clientSecret"));
        Caller who = caller.get();
        UUID entraTenantId = JsonBodies.guid(registration.tenantId(), "tenantId");
        if (entraTenantId != null && !who.covers(entraTenantId)) {
            audit.record(who, "ONBOARD_TENANT", AuditLog.Outcome.DENIED, "tenant " + entraTenantId,
                    "outside the caller's tenants");
            throw ProblemException.forbidden("tenantId", "your access does not cover tenant " + entraTenantId);
        }
        UUID id;
        try {
            id = onboarding.onboard(registration);
        } catch (RuntimeException e) {
            audit.record(who, "ONBOARD_TENANT", AuditLog.Outcome.FAILURE, "tenant " + registration.tenantId(),
                    e.getMessage());
            throw e;
        }
        audit.record(who, "ONBOARD_TENANT", AuditLog.Outcome.SUCCESS, "tenant " + registration.tenantId(),
                registration.toString());
        return Response.created(URI.create("/api/v1/tenants/" + id))
                .entity(tenants.find(TenantScope.ALL, id).orElseThrow()).build();
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
}
