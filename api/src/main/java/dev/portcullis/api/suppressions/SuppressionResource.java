package dev.portcullis.api.suppressions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.suppression.SuppressionStore;
import dev.portcullis.persistence.suppression.SuppressionView;
import dev.portcullis.scanner.suppression.NewSuppression;
import dev.portcullis.scanner.suppression.SuppressionAdministration;
import dev.portcullis.scanner.suppression.SuppressionRefusedException;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Accepted risks: by check and resource, by resource group of a subscription, or by tag {@code key=value}, each
 * with a reason, its author and an optional expiry. A suppression applies from the next scan of the subscription.
 */
@Path("/api/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
public class SuppressionResource {

    private final SuppressionStore store;
    private final SuppressionAdministration administration;
    private final CurrentCaller caller;

    public SuppressionResource(SuppressionStore store, SuppressionAdministration administration,
                               CurrentCaller caller) {
        this.store = store;
        this.administration = administration;
        this.caller = caller;
    }

    /**
     * Creates a suppression. A caller limited to some tenants may suppress only in their subscriptions; a tag
     * suppression applies in every tenant and so needs access to all of them.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("OPERATOR")
    @RequestBody(content = @Content(schema = @Schema(implementation = SuppressionBody.class)))
    @APIResponseSchema(value = SuppressionView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR
            + "; or a tag suppression without access to every tenant")
    @APIResponse(responseCode = "404", description = "The subscription (of resourceId, or subscriptionId) is not"
            + " among the caller's")
    public Response create(String body) {
        JsonNode json = JsonBodies.object(body);
        NewSuppression request = new NewSuppression(JsonBodies.text(json, "checkId", "checkId"),
                JsonBodies.text(json, "resourceId", "resourceId"),
                JsonBodies.text(json, "subscriptionId", "subscriptionId"),
                JsonBodies.text(json, "resourceGroup", "resourceGroup"), JsonBodies.text(json, "tag", "tag"),
                JsonBodies.text(json, "reason", "reason"), JsonBodies.text(json, "expiresAt", "expiresAt"));
        try {
            SuppressionView created = administration.create(caller.get(), request);
            return Response.created(URI.create("/api/v1/suppressions/" + created.id())).entity(created).build();
        } catch (SuppressionRefusedException e) {
            throw problem(e);
        }
    }

    @GET
    public Items<SuppressionView> list() {
        return new Items<>(store.list(caller.get().scope()));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed("OPERATOR")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR
            + "; or a tag suppression without access to every tenant")
    public Response delete(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        try {
            administration.delete(caller.get(), uuid);
        } catch (SuppressionRefusedException e) {
            throw problem(e);
        }
        return Response.noContent().build();
    }

    private static ProblemException problem(SuppressionRefusedException e) {
        return new ProblemException(Response.Status.fromStatusCode(e.kind().httpStatus()), e.getMessage(), e.field());
    }
}
