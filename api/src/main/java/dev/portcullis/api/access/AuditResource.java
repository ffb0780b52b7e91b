package dev.portcullis.api.access;

import dev.portcullis.api.openapi.RoleRefusals;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.audit.AuditEntry;
import dev.portcullis.persistence.audit.AuditExport;
import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
import dev.portcullis.persistence.audit.AuditQueries;
import dev.portcullis.persistence.query.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit log, newest first, and its export as CSV or JSON: ADMIN over every tenant only. */
@Path("/api/v1/audit")
@RolesAllowed("ADMIN")
@APIResponse(responseCode = "403", description = RoleRefusals.NEEDS_FULL_ADMIN)
public class AuditResource {

    private static final int DEFAULT_SIZE = 100;

    private final AuditQueries queries;
    private final CurrentCaller caller;
    private final AuditExport export;

    public AuditResource(AuditQueries queries, CurrentCaller caller, AuditExport export) {
        this.queries = queries;
        this.caller = caller;
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "A page of entries, newest first")
    public Page<AuditEntry> page(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("actor") String actor, @QueryParam("action") String action,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        GrantRules.requireFullAdmin(caller.get());
        QueryParams.Paging paging = QueryParams.paging(page, size, DEFAULT_SIZE);
        return queries.page(filter(from, to, actor, action), paging.page(), paging.size());
    }

    /** Every matching entry as {@code format=csv} (RFC 4180, UTF-8) or {@code format=json} (one array). */
    @GET
    @Path("export")
    @APIResponse(responseCode = "200", description = "Every matching entry, as an attachment", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = MediaType.APPLICATION_JSON)})
    public Response export(@Parameter(description = "csv (the default) or json") @QueryParam("format") String format,
                           @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("action") String action) {
        GrantRules.requireFullAdmin(caller.get());
        AuditFilter filter = filter(from, to, actor, action);
        String chosen = format == null ? "csv" : format.trim();
        StreamingOutput body = switch (chosen) {
            case "csv" -> out -> export.csv(filter, out);
            case "json" -> out -> export.json(filter, out);
            default -> throw ProblemException.badField("format", "format must be csv or json");
        };
        String type = chosen.equals("csv") ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON;
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"portcullis-audit." + chosen + "\"")
                .build();
    }

    private static AuditFilter filter(String from, String to, String actor, String action) {
        return new AuditFilter(instant(from, "from"), instant(to, "to"), blankToNull(actor), blankToNull(action));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be an instant like 2026-11-28T00:00:00Z");
        }
    }
}
