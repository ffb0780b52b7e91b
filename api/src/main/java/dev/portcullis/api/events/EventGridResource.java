package dev.portcullis.api.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.scanner.change.ChangeIntake;
import dev.portcullis.scanner.change.EventGridDelivery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Where an Event Grid system topic of an Azure subscription delivers its resource events. Not behind the login
 * (Event Grid has none of Portcullis's accounts): every delivery authenticates itself with the installation's secret
 * ({@code PORTCULLIS_EVENTGRID_KEY}), sent as the secret delivery attribute {@value #KEY_HEADER} (a header) or in the
 * URL's query string ({@code ?key=}), compared in constant time; the header wins when both are sent. Without a
 * configured secret the endpoint does not exist (404). Answers the subscription validation handshake; feeds the
 * changes of onboarded subscriptions to the same coalesced rescans as polling; counts and ignores the rest.
 */
@Path("/api/v1/events/eventgrid")
public class EventGridResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where Event Grid can send the key as a secret delivery attribute, out of the URL (and so of access logs). */
    public static final String KEY_HEADER = "X-Portcullis-Key";

    private final EventGridKey key;
    private final ChangeIntake intake;

    public EventGridResource(EventGridKey key, ChangeIntake intake) {
        this.key = key;
        this.intake = intake;
    }

    /** One event of a delivery (the Event Grid schema), for the OpenAPI document; the body is an array of them. */
    @Schema(name = "EventGridEvent")
    public record EventGridEvent(String id, String topic, String subject, String eventType, String eventTime,
                                 Map<String, Object> data, String dataVersion, String metadataVersion) {
    }

    /** What a delivery led to. */
    public record Taken(int changes, int ignored, int unknownSubscriptions) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "eventGridKeyHeader")
    @SecurityRequirement(name = "eventGridKey")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EventGridEvent.class)))
    @APIResponse(responseCode = "200", description = "The validation handshake answered ({\"validationResponse\"})"
            + " or the events taken")
    @APIResponse(responseCode = "400", description = "The body is not an Event Grid delivery")
    @APIResponse(responseCode = "401", description = "The key is missing or wrong")
    @APIResponse(responseCode = "404", description = "Event Grid delivery is not configured (PORTCULLIS_EVENTGRID_KEY)")
    public Response deliver(@HeaderParam(KEY_HEADER) String header, @QueryParam("key") String query, String body) {
        String given = header != null ? header : query;
        if (!key.configured()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "Event Grid delivery is not configured", "key");
        }
        if (!key.matches(given)) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "The key is missing or wrong", "key");
        }
        EventGridDelivery delivery;
        try {
            delivery = EventGridDelivery.read(JSON.readTree(body == null ? "" : body));
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.badField("body", "not an Event Grid delivery: " + e.getMessage());
        }
        if (delivery.validationCode().isPresent()) {
            return Response.ok(Map.of("validationResponse", delivery.validationCode().get())).build();
        }
        ChangeIntake.Pushed pushed = intake.takePushed(delivery.changes());
        return Response.ok(new Taken(pushed.taken(), delivery.ignored(), pushed.unknownSubscriptions())).build();
    }
}
