package dev.portcullis.api.scans;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.api.Items;
import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.ScanDiffView;
import dev.portcullis.persistence.query.ScanQueries;
import dev.portcullis.persistence.query.ScanTrigger;
import dev.portcullis.persistence.query.ScanView;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.scanner.scan.ScanByCaller;
import dev.portcullis.engine.vocabulary.ScanStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Triggering scans and reading their outcome. */
@Path("/api/v1/scans")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    private static final int DEFAULT_RECENT = 50;
    private static final int MAX_BACKDATE_DAYS = 400;

    private final ScanByCaller scanByCaller;
    private final ScanQueries scans;
    private final ScannerConfig config;
    private final CurrentCaller caller;

    public ScanResource(ScanByCaller scanByCaller, ScanQueries scans, ScannerConfig config, CurrentCaller caller) {
        this.scanByCaller = scanByCaller;
        this.scans = scans;
        this.config = config;
        this.caller = caller;
    }

    /**
     * {@code {}} scans everything, {@code {"tenant": id}} one tenant, {@code {"subscriptionId": guid}} one. Scanning
     * everything needs access to every tenant.
     */
    @POST
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ScanRequestBody.class)))
    @APIResponseSchema(value = Accepted.class, responseCode = "202",
            responseDescription = "Queued; joined is true when this is the scan of the same scope already queued")
    @APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_OPERATOR
            + "; or {} asked for every tenant and the caller does not have every tenant")
    @APIResponse(responseCode = "404", description = "The tenant or subscription is not among the caller's")
    @APIResponse(responseCode = "429", description = "More scan requests this minute from this caller than the"
            + " limit (PORTCULLIS_SCAN_REQUEST_LIMIT), or too many failed sign-ins from this client address")
    public Response request(String body) {
        JsonNode json = JsonBodies.object(body);
        String tenant = JsonBodies.text(json, "tenant", "tenant");
        String subscription = JsonBodies.text(json, "subscriptionId", "subscriptionId");
        if (tenant != null && subscription != null) {
            throw ProblemException.badField("subscriptionId", "give either tenant or subscriptionId, not both");
        }
        ScanByCaller.Scope asked = tenant != null ? ScanByCaller.Scope.tenant(named(tenant, "tenant"))
                : subscription != null ? ScanByCaller.Scope.subscription(named(subscription, "subscriptionId"))
                : ScanByCaller.Scope.everyTenant();
        Optional<Instant> asOf = asOf(JsonBodies.text(json, "asOf", "asOf"));
        ScanQueue.Queued queued;
        try {
            queued = scanByCaller.request(caller.get(), asked, ScanByCaller.Trigger.API, asOf);
        } catch (ScanByCaller.Refused e) {
            throw problem(e);
        }
        UUID id = queued.id();
        return Response.accepted(new Accepted(id, ScanStatus.QUEUED.name(), queued.joined()))
                .location(URI.create("/api/v1/scans/" + id))
                .build();
    }

    private static ProblemException problem(ScanByCaller.Refused refused) {
        return switch (refused.reason()) {
            case UNKNOWN_TENANT -> ProblemException.notFound("Tenant", refused.asked().tenant(), "tenant");
            case UNKNOWN_SUBSCRIPTION -> ProblemException.notFound("Subscription", refused.asked().subscriptionId(),
                    "subscriptionId");
            case NEEDS_EVERY_TENANT -> ProblemException.forbidden("tenant", refused.getMessage());
            case NEEDS_OPERATOR -> ProblemException.forbidden(null, refused.getMessage());
        };
    }

    @GET
    public Items<ScanView> recent(@QueryParam("size") Integer size) {
        return new Items<>(scans.recent(caller.get().scope(), QueryParams.size(size, DEFAULT_RECENT)));
    }

    @GET
    @Path("{id}")
    public ScanView get(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        return scans.find(caller.get().scope(), uuid).orElseThrow(() -> ProblemException.notFound("Scan", id, "id"));
    }

    /** A back-dated scan time, accepted only where back-dating is enabled (the demo), within retention, not ahead. */
    private Optional<Instant> asOf(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!config.allowBackdating()) {
            throw ProblemException.badField("asOf", "asOf is only accepted when back-dated scans are enabled"
                    + " (PORTCULLIS_ALLOW_BACKDATED_SCANS, used by the demo)");
        }
        try {
            Instant instant = Instant.parse(value);
            Instant now = Instant.now();
            if (instant.isAfter(now) || instant.isBefore(now.minus(Duration.ofDays(MAX_BACKDATE_DAYS)))) {
                throw ProblemException.badField("asOf", "asOf must be within the last " + MAX_BACKDATE_DAYS + " days");
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("asOf", "asOf must be an instant like 2026-11-01T09:00:00Z");
        }
    }

    /** Findings opened, resolved and reopened by the scan, per subscription, against its previous good scan. */
    @GET
    @Path("{id}/diff")
    public ScanDiffView diff(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        return scans.diff(caller.get().scope(), uuid).orElseThrow(() -> ProblemException.notFound("Scan", id, "id"));
    }

    /** An id the body names: an empty one is refused, never read as "no scope", which would mean every tenant. */
    private static UUID named(String id, String field) {
        if (id.isBlank()) {
            throw ProblemException.badField(field, field + " is empty: give an id, or leave " + field
                    + " out of the body");
        }
        return JsonBodies.guid(id, field);
    }

    /**
     * The changes in Azure that asked for a {@code CHANGE} scan: operation, resource, caller, when it happened and how
     * Portcullis learnt of it (activity log or Event Grid), oldest first, at most the first 1,000; empty for other
     * scans.
     */
    @GET
    @Path("{id}/triggers")
    public Items<ScanTrigger> triggers(@PathParam("id") String id) {
        UUID uuid = JsonBodies.guid(id, "id");
        return new Items<>(scans.triggers(caller.get().scope(), uuid)
                .orElseThrow(() -> ProblemException.notFound("Scan", id, "id")));
    }

    /**
     * The answer to a scan request.
     *
     * @param joined whether a scan of the same scope was already queued, and this request joined it
     */
    public record Accepted(UUID id, String status, boolean joined) {
    }
}
