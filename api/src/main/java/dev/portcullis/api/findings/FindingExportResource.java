package dev.portcullis.api.findings;

import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.notifications.export.ExportFormat;
import dev.portcullis.notifications.export.FindingExport;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.FindingExportFilter;
import dev.portcullis.persistence.query.FindingFilter;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Every finding the list's filters select, as a download: CSV, JSON Lines of the findings as the API shows them, or
 * JSON Lines of OCSF 1.1 Detection Findings. The body is streamed while it is read from the database, batch by batch,
 * so its size is not bounded by memory. The caller's tenants bound it exactly as they bound the list.
 */
@Path("/api/v1/findings/export")
public class FindingExportResource {

    private final FindingExport export;
    private final FindingFilters filters;
    private final CurrentCaller caller;

    public FindingExportResource(FindingExport export, FindingFilters filters, CurrentCaller caller) {
        this.export = export;
        this.filters = filters;
        this.caller = caller;
    }

    @GET
    @Produces({"text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The findings, as an attachment in the format asked for",
            content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/x-ndjson")})
    @APIResponse(responseCode = "400", description = "format is missing or unknown, or a filter is not allowed")
    public Response export(@QueryParam("format") String format, @QueryParam("status") String status,
                           @QueryParam("tenant") String tenant, @QueryParam("subscriptionId") String subscriptionId,
                           @QueryParam("checkId") String checkId, @QueryParam("severity") String severity,
                           @QueryParam("resourceId") String resourceId) {
        ExportFormat chosen = ExportFormat.fromWireName(format == null ? "" : format.trim()).orElseThrow(
                () -> ProblemException.badField("format", "format must be one of " + ExportFormat.wireNames()));
        TenantScope scope = caller.get().scope();
        FindingFilter list = filters.of(scope, status, tenant, subscriptionId, checkId, severity);
        FindingExportFilter filter = new FindingExportFilter(list, resourceId);
        Instant exportedAt = Instant.now();
        StreamingOutput body = out -> export.write(scope, filter, chosen, exportedAt, out);
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + chosen.fileName(exportedAt) + "\"")
                .build();
    }
}
