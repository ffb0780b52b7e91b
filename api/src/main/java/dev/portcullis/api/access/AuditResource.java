package dev.portcullis.api.access;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.audit.AuditEntry;
import dev.portcullis.persistence.audit.AuditQueries;
import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit log, newest first, and its export as CSV or JSON: ADMIN over every tenant only. */
@Path("/api/v1/audit")
@RolesAllowed("ADMIN")
public class AuditResource {

    private static final int DEFAULT_SIZE = 100;

    private final AuditQueries queries;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;

    public AuditResource(AuditQueries queries, CurrentCaller caller, ObjectMapper mapper) {
        this.queries = queries;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuditEntry> page(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("actor") String actor, @QueryParam("action") String action,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FullAdmin.require(caller.get());
        return queries.page(filter(from, to, actor, action), QueryParams.page(page),
                QueryParams.size(size, DEFAULT_SIZE));
    }

    /** Every matching entry as {@code format=csv} (RFC 4180, UTF-8) or {@code format=json} (one array). */
    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("action") String action) {
        FullAdmin.require(caller.get());
        AuditFilter filter = filter(from, to, actor, action);
        String chosen = format == null ? "csv" : format.trim();
        StreamingOutput body = switch (chosen) {
            case "csv" -> out -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.write("id,at,actor,action,outcome,target,detail,source_address\r\n");
                queries.forEach(filter, e -> csvLine(writer, e));
                writer.flush();
            };
            case "json" -> out -> {
                JsonGenerator json = mapper.getFactory().createGenerator(out);
                json.writeStartArray();
                queries.forEach(filter, e -> {
                    try {
                        mapper.writeValue(json, e);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
                json.writeEndArray();
                json.flush();
            };
            default -> throw ProblemException.badField("format", "format must be csv or json");
        };
        String type = chosen.equals("csv") ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON;
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"portcullis-audit." + chosen + "\"")
                .build();
    }

    private static void csvLine(BufferedWriter writer, AuditEntry e) {
        try {
            writer.write(String.join(",", String.valueOf(e.id()), e.at().toString(), csv(e.actor()), csv(e.action()),
                    csv(e.outcome()), csv(e.target()), csv(e.detail()), csv(e.sourceAddress())));
            writer.write("\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A CSV field, quoted when needed; a leading {@code = + - @} is prefixed with {@code '} so that a spreadsheet
     * does not run a user name or reason as a formula.
     */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
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
