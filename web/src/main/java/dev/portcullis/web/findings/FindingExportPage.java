package dev.portcullis.web.findings;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.notifications.export.ExportFormat;
import dev.portcullis.notifications.export.FindingExport;
import dev.portcullis.persistence.query.FindingExportFilter;
import dev.portcullis.persistence.query.FindingFilter;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.ExportLinks;
import dev.portcullis.web.page.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.UUID;

/**
 * The findings as a CSV download for a signed-in page session (the API takes no session cookie): the filters of the
 * findings page ({@code status}, {@code severity}, {@code check}, {@code subscription}), plus {@code tenant} (the VM
 * list's) and {@code resource} (an ARM id, the VM page's). Unlike the findings page, no status means every status.
 * The rows and the CSV are the API export's ({@link FindingExport}).
 */
@Path(ExportLinks.FINDINGS_CSV)
public class FindingExportPage {

    /** The longest ARM id the resource filter takes, as the VM page's. */
    static final int MAX_RESOURCE = 1000;

    private final FindingExport export;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;

    public FindingExportPage(FindingExport export, CheckCatalogue catalogue, Viewer viewer) {
        this.export = export;
        this.catalogue = catalogue;
        this.viewer = viewer;
    }

    @GET
    public Response csv(@QueryParam("status") String status, @QueryParam("severity") String severity,
                        @QueryParam("check") String check, @QueryParam("subscription") String subscription,
                        @QueryParam("tenant") String tenant, @QueryParam("resource") String resource) {
        FilterValues values = new FilterValues(viewer.msg());
        String chosenStatus = values.oneOf(status, viewer.msg().filter_status(), FindingsPage.STATUSES);
        String chosenSeverity = values.oneOf(severity, viewer.msg().filter_severity(), FindingsPage.SEVERITIES);
        String chosenCheck = values.oneOf(check, viewer.msg().filter_check(),
                catalogue.definitions().stream().map(CheckDefinition::id).toList());
        UUID subscriptionId = values.id(subscription, viewer.msg().filter_subscription());
        UUID tenantRef = values.id(tenant, viewer.msg().filter_tenant());
        if (resource != null && resource.length() > MAX_RESOURCE) {
            // no resource has an id this long: not found, as the VM page answers it
            return viewer.error(Response.Status.NOT_FOUND, viewer.msg().vm_not_found(resource.substring(0, 100)));
        }
        if (values.refused()) {
            return viewer.error(Response.Status.BAD_REQUEST, String.join(" ", values.errors()));
        }
        FindingExportFilter filter = new FindingExportFilter(new FindingFilter(
                FilterValues.constant(FindingStatus.class, chosenStatus), tenantRef, subscriptionId, chosenCheck,
                FilterValues.constant(Severity.class, chosenSeverity)), resource);
        TenantScope scope = viewer.scope();
        Instant exportedAt = Instant.now();
        StreamingOutput body = out -> export.write(scope, filter, ExportFormat.CSV, exportedAt, out);
        return Response.ok(body, ExportFormat.CSV.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ExportFormat.CSV.fileName(exportedAt) + "\"")
                .build();
    }
}
