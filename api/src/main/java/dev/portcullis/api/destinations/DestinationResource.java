package dev.portcullis.api.destinations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.notifications.delivery.TestMessages;
import dev.portcullis.notifications.destination.DestinationAdministration;
import dev.portcullis.notifications.destination.DestinationInput;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.notification.DeliveryView;
import dev.portcullis.persistence.notification.DestinationView;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Destinations: where messages about findings and scans go (a webhook, Slack, Teams or email). OPERATOR and above
 * only, reading included; a caller sees only destinations whose tenants lie within their own, the others answer 404
 * as unknown ids do. URLs and secrets go in, never out (see {@link DestinationAdministration}).
 */
@Path("/api/v1/destinations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class DestinationResource {

    static final int DEFAULT_DELIVERIES = 100;
    static final int MAX_DELIVERIES = 1000;

    private final DestinationAdministration administration;
    private final TestMessages testMessages;
    private final CurrentCaller caller;

    public DestinationResource(DestinationAdministration administration, TestMessages testMessages,
                               CurrentCaller caller) {
        this.administration = administration;
        this.testMessages = testMessages;
        this.caller = caller;
    }

    /**
     * A destination as answered: {@code url} is scheme and host only (a Slack or Teams URL's path is a credential),
     * the webhook secret only {@code hasSecret}; {@code tenants} are its creator's when it was made.
     */
    @Schema(name = "Destination")
    public record Destination(UUID id, String name,
                              @Schema(enumeration = {"webhook", "slack", "teams", "email"}) String type,
                              @Schema(description = "Scheme and host only, such as https://hooks.slack.com/…;"
                                      + " null for email") String url,
                              boolean hasSecret, List<String> to, String language,
                              @Schema(enumeration = {"critical", "high", "medium", "low"}) String minSeverity,
                              @Schema(description = "Empty: every check") List<String> checks, List<String> events,
                              @Schema(description = "[\"*\"] or Entra tenant ids") List<String> tenants,
                              String createdBy, Instant createdAt, Instant updatedAt) {

        static Destination of(DestinationView d) {
            return new Destination(d.id(), d.name(), d.type().wireName(), d.urlShown(), d.hasSecret(),
                    d.recipients(), d.language(), d.minSeverity().name().toLowerCase(Locale.ROOT), d.checkIds(),
                    d.events(), d.grant().tenantsAsWritten(), d.createdBy(), d.createdAt(), d.updatedAt());
        }
    }

    /** The answer to a creation: the destination, and a webhook secret generated for it (this once only). */
    @Schema(name = "CreatedDestination")
    public record Created(@JsonUnwrapped Destination destination,
                          @JsonInclude(JsonInclude.Include.NON_NULL)
                          @Schema(description = "Only when generated (a webhook created without one): shown this"
                                  + " once") String secret) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = DestinationBodies.NewDestination.class)))
    @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "Created; a generated"
            + " webhook secret is in the answer this once")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    @APIResponse(responseCode = "503", description = "The server has no master key to seal the URL or secret with")
    public Response create(String body) {
        DestinationAdministration.Created created = administration.create(caller.get(), read(body));
        Destination destination = Destination.of(created.destination());
        return Response.created(URI.create("/api/v1/destinations/" + destination.id()))
                .entity(new Created(destination, created.generatedSecret())).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "The destinations whose tenants lie within the caller's")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public Items<Destination> list() {
        return new Items<>(administration.list(caller.get()).stream().map(Destination::of).toList());
    }

    @GET
    @Path("{id}")
    @APIResponseSchema(value = Destination.class, responseCode = "200", responseDescription = "The destination")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public Destination get(@PathParam("id") String id) {
        return Destination.of(administration.find(caller.get(), JsonBodies.guid(id, "id")));
    }

    /** Changes the fields given; a new URL is checked as at creation. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = DestinationBodies.DestinationChange.class)))
    @APIResponseSchema(value = Destination.class, responseCode = "200", responseDescription = "The destination")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    @APIResponse(responseCode = "503", description = "The server has no master key to seal the URL or secret with")
    public Destination change(@PathParam("id") String id, String body) {
        UUID uuid = JsonBodies.guid(id, "id");
        return Destination.of(administration.change(caller.get(), uuid, read(body)));
    }

    /** Deletes the destination and its deliveries. */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public Response delete(@PathParam("id") String id) {
        administration.delete(caller.get(), JsonBodies.guid(id, "id"));
        return Response.noContent().build();
    }

    /** Sends a test message now; a delivery that fails is retried later like any other. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = DeliveryView.class, responseCode = "200", responseDescription = "The test message's"
            + " delivery, after its first attempt")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public DeliveryView test(@PathParam("id") String id) {
        return administration.test(caller.get(), JsonBodies.guid(id, "id"), testMessages::send);
    }

    @GET
    @Path("{id}/deliveries")
    @APIResponse(responseCode = "200", description = "The destination's deliveries, newest first")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR)
    public Items<DeliveryView> deliveries(@PathParam("id") String id,
                                          @Parameter(description = "At most this many, 1 to 1000 (default 100)")
                                          @QueryParam("limit") Integer limit) {
        UUID uuid = JsonBodies.guid(id, "id");
        if (limit != null && (limit < 1 || limit > MAX_DELIVERIES)) {
            throw ProblemException.badField("limit", "limit must be between 1 and " + MAX_DELIVERIES);
        }
        return new Items<>(administration.deliveries(caller.get(), uuid, limit == null ? DEFAULT_DELIVERIES : limit));
    }

    /** The body's fields, each checked for its JSON type; a field no destination has is refused, naming it. */
    static DestinationInput read(String body) {
        JsonNode json = JsonBodies.object(body);
        Set<String> given = new HashSet<>();
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!DestinationInput.FIELDS.contains(name)) {
                throw ProblemException.badField(name, name + " is not a field a request sets: give any of "
                        + DestinationInput.FIELDS);
            }
            given.add(name);
        }
        return new DestinationInput(given,
                JsonBodies.text(json, DestinationInput.NAME, DestinationInput.NAME),
                JsonBodies.text(json, DestinationInput.TYPE, DestinationInput.TYPE),
                JsonBodies.text(json, DestinationInput.URL, DestinationInput.URL),
                JsonBodies.text(json, DestinationInput.SECRET, DestinationInput.SECRET),
                strings(json, DestinationInput.TO),
                JsonBodies.text(json, DestinationInput.LANGUAGE, DestinationInput.LANGUAGE),
                JsonBodies.text(json, DestinationInput.MIN_SEVERITY, DestinationInput.MIN_SEVERITY),
                strings(json, DestinationInput.CHECKS),
                strings(json, DestinationInput.EVENTS));
    }

    /** An array of strings, or null when absent or null. */
    private static List<String> strings(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ProblemException.badField(field, field + " must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ProblemException.badField(field, field + " must be an array of strings");
            }
            items.add(item.asText());
        }
        return items;
    }
}
