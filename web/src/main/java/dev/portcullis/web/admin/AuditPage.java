package dev.portcullis.web.admin;

import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.audit.AuditEntry;
import dev.portcullis.persistence.audit.AuditExport;
import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
import dev.portcullis.persistence.audit.AuditQueries;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.web.page.Pager;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit log for an ADMIN over every tenant, newest first, filtered by who and what, and its export. */
@Path("/admin/audit")
@RolesAllowed("ADMIN")
public class AuditPage {

    private static final int PER_PAGE = 100;

    private final AuditQueries queries;
    private final AuditExport export;
    private final Viewer viewer;

    public AuditPage(AuditQueries queries, AuditExport export, Viewer viewer) {
        this.queries = queries;
        this.export = export;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Page<AuditEntry> entries, Pager pager, String actor, String action,
                                             String csvLink, String jsonLink);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                 @QueryParam("page") Integer page) {
        GrantRules.requireFullAdmin(viewer.caller());
        AuditFilter filter = new AuditFilter(null, null, blankToNull(actor), blankToNull(action));
        int index = page == null || page < 1 ? 0 : page - 1;
        Page<AuditEntry> entries = queries.page(filter, index, PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("actor", filter.actor());
        filters.put("action", filter.action());
        return viewer.page(Templates.audit(entries, Pager.of("/admin/audit", filters, index, PER_PAGE,
                entries.total()), filter.actor(), filter.action(), exportLink("csv", filters),
                exportLink("json", filters)), "audit");
    }

    /** The log as {@code format=csv} or {@code format=json}, with the same filters. */
    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format, @QueryParam("actor") String actor,
                           @QueryParam("action") String action) {
        GrantRules.requireFullAdmin(viewer.caller());
        AuditFilter filter = new AuditFilter(null, null, blankToNull(actor), blankToNull(action));
        boolean json = "json".equals(format);
        StreamingOutput body = json ? out -> export.json(filter, out) : out -> export.csv(filter, out);
        return Response.ok(body, json ? MediaType.APPLICATION_JSON : "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"portcullis-audit."
                        + (json ? "json" : "csv") + "\"")
                .build();
    }

    private static String exportLink(String format, Map<String, String> filters) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("format", format);
        params.putAll(filters);
        return Pager.link("/admin/audit/export", params, 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
