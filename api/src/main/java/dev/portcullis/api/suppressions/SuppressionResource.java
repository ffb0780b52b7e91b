package dev.portcullis.api.suppressions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.suppression.ArmSubscription;
import dev.portcullis.persistence.suppression.SuppressionStore;
import dev.portcullis.persistence.suppression.SuppressionView;
import dev.portcullis.engine.checks.CheckCatalogue;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
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

    private static final int MAX_REASON = 1000;

    private final SuppressionStore store;
    private final CheckCatalogue catalogue;
    private final CurrentCaller caller;
    private final AuditLog audit;

    public SuppressionResource(SuppressionStore store, CheckCatalogue catalogue, CurrentCaller caller,
                               AuditLog audit) {
        this.store = store;
        this.catalogue = catalogue;
        this.caller = caller;
        this.audit = audit;
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
        Caller who = caller.get();
        JsonNode json = JsonBodies.object(body);
        String checkId = JsonBodies.text(json, "checkId", "checkId");
        String resourceId = JsonBodies.text(json, "resourceId", "resourceId");
        String subscriptionId = JsonBodies.text(json, "subscriptionId", "subscriptionId");
        String resourceGroup = JsonBodies.text(json, "resourceGroup", "resourceGroup");
        String tag = JsonBodies.text(json, "tag", "tag");
        String reason = JsonBodies.text(json, "reason", "reason");
        String expires = JsonBodies.text(json, "expiresAt", "expiresAt");

        if (reason == null || reason.isBlank()) {
            throw ProblemException.badField("reason", "reason is required: say why the risk is accepted");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.badField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        if (checkId != null && catalogue.definition(checkId).isEmpty()) {
            throw ProblemException.badField("checkId", "checkId " + checkId + " is not in the catalogue");
        }
        long scopes = Stream.of(resourceId, resourceGroup, tag).filter(v -> v != null && !v.isBlank()).count();
        if (scopes != 1) {
            throw ProblemException.badField("resourceId", "give exactly one of resourceId, resourceGroup or tag");
        }
        String tagKey = null;
        String tagValue = null;
        UUID subscription = null;
        if (resourceId != null) {
            if (checkId == null) {
                throw ProblemException.badField("checkId", "a resource suppression names its checkId");
            }
            UUID resourceSubscription = ArmSubscription.of(resourceId.trim()).orElseThrow(() ->
                    ProblemException.badField("resourceId", "resourceId must be an ARM id (/subscriptions/…)"));
            requireInScope(who, resourceSubscription, "resourceId");
        } else if (resourceGroup != null) {
            subscription = JsonBodies.guid(subscriptionId, "subscriptionId");
            if (subscription == null) {
                throw ProblemException.badField("subscriptionId", "a resource group suppression names its"
                        + " subscriptionId");
            }
            requireInScope(who, subscription, "subscriptionId");
        } else {
            int equals = tag.indexOf('=');
            if (equals <= 0 || equals == tag.length() - 1) {
                throw ProblemException.badField("tag", "tag must be key=value");
            }
            if (!who.allTenants()) {
                throw ProblemException.forbidden("tag", "a tag suppression applies in every tenant: it needs"
                        + " access to every tenant");
            }
            tagKey = tag.substring(0, equals).trim();
            tagValue = tag.substring(equals + 1).trim();
        }
        Instant expiresAt = expiry(expires);
        SuppressionView created = store.create(new SuppressionStore.Draft(checkId,
                resourceId == null ? null : resourceId.trim(), subscription,
                resourceGroup == null ? null : resourceGroup.trim(), tagKey, tagValue, reason.trim(),
                who.name(), expiresAt));
        audit.record(who, "SUPPRESS", AuditLog.Outcome.SUCCESS, "suppression " + created.id(),
                describe(created));
        return Response.created(URI.create("/api/v1/suppressions/" + created.id())).entity(created).build();
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
        Caller who = caller.get();
        switch (store.delete(who.scope(), uuid)) {
            case NOT_FOUND -> throw ProblemException.notFound("Suppression", id, "id");
            case NEEDS_ALL_TENANTS -> throw ProblemException.forbidden("id", "a tag suppression applies in every"
                    + " tenant: deleting it needs access to every tenant");
            case DELETED -> audit.record(who, "DELETE_SUPPRESSION", AuditLog.Outcome.SUCCESS, "suppression " + id,
                    null);
        }
        return Response.noContent().build();
    }

    /** A subscription outside the caller's tenants reads as unknown. */
    private void requireInScope(Caller who, UUID subscriptionId, String field) {
        Set<UUID> visible = store.subscriptionsIn(who.scope());
        if (visible != null && !visible.contains(subscriptionId)) {
            throw ProblemException.notFound("Subscription", subscriptionId, field);
        }
    }

    private static String describe(SuppressionView s) {
        return "check " + (s.checkId() == null ? "any" : s.checkId()) + " on "
                + (s.resourceId() != null ? s.resourceId() : s.resourceGroup() != null
                ? s.subscriptionId() + "/" + s.resourceGroup() : "tag " + s.tag()) + ": " + s.reason();
    }

    private static Instant expiry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (!instant.isAfter(Instant.now())) {
                throw ProblemException.badField("expiresAt", "expiresAt must be in the future");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("expiresAt", "expiresAt must be an instant like 2027-01-31T00:00:00Z");
        }
    }
}
