package dev.portcullis.api.tenants;

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

    public TenantResource(TenantOnboarding onboarding, TenantQueries tenants) {
        this.onboarding = onboarding;
        this.tenants = tenants;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
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
        UUID id = onboarding.onboard(registration);
        return Response.created(URI.create("/api/v1/tenants/" + id)).entity(get(id.toString())).build();
    }

    @GET
    public Items<TenantView> list() {
        return new Items<>(tenants.list());
    }

    @GET
    @Path("{id}")
    public TenantView get(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        return tenants.find(uuid).orElseThrow(() -> ProblemException.notFound("Tenant", id, "id"));
    }
}
