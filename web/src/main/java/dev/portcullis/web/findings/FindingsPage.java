package dev.portcullis.web.findings;

import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.query.FindingFilter;
import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.query.FindingView;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.TenantDirectory;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.suppression.FindingSuppressions;
import dev.portcullis.persistence.suppression.SuppressionView;
import dev.portcullis.scanner.suppression.SuppressionAdministration;
import dev.portcullis.scanner.suppression.SuppressionRefusedException;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.web.page.ExportLinks;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.Pager;
import dev.portcullis.web.page.Viewer;
import dev.portcullis.web.suppressions.PageExpiry;
import dev.portcullis.web.suppressions.Refusals;
import dev.portcullis.web.vms.FindingHistory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Findings: filter the list, open one to see its history, suppress it with a reason and expiry, or unsuppress. */
@Path("/findings")
@Produces(MediaType.TEXT_HTML)
public class FindingsPage {

    static final int PER_PAGE = 50;
    /** The status filter's choices, in the page's order (not the vocabulary's). */
    static final List<String> STATUSES = FilterValues.names(FindingStatus.OPEN, FindingStatus.SUPPRESSED,
            FindingStatus.RESOLVED);
    static final List<String> SEVERITIES = FilterValues.names(Severity.values());

    private final FindingQueries findings;
    private final FindingSuppressions suppressions;
    private final TenantQueries tenants;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;
    private final AuditLog audit;

    public FindingsPage(FindingQueries findings, FindingSuppressions suppressions, TenantQueries tenants,
                        CheckCatalogue catalogue, Viewer viewer, AuditLog audit) {
        this.audit = audit;
        this.findings = findings;
        this.suppressions = suppressions;
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.viewer = viewer;
    }

    public record Form(String status, String severity, String check, String subscription) {
    }

    /** A row of the list: the finding and its check in the viewer's language. */
    public record Row(FindingView finding, CheckDefinition check) {
    }

    /** What the suppress form shows back when it was refused. */
    public record SuppressForm(String reason, String expires, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance findings(Form form, List<String> statuses, List<String> severities,
                                                List<CheckDefinition> checks, TenantDirectory tenants,
                                                List<Row> rows, long total, Pager pager, List<String> errors,
                                                String exportLink);

        static native TemplateInstance finding(FindingHistory history, List<SuppressionView> suppressions,
                                               SuppressForm form, String done, String minExpiry);
    }

    @GET
    @Transactional
    public Response list(@QueryParam("status") String status, @QueryParam("severity") String severity,
                         @QueryParam("check") String check, @QueryParam("subscription") String subscription,
                         @QueryParam("page") String page) {
        FilterValues values = new FilterValues(viewer.msg());
        String chosenStatus = status == null ? FindingStatus.OPEN.name()
                : values.oneOf(status, viewer.msg().filter_status(), STATUSES);
        String chosenSeverity = values.oneOf(severity, viewer.msg().filter_severity(), SEVERITIES);
        List<CheckDefinition> checks = catalogue.definitions(viewer.lang());
        String chosenCheck = values.oneOf(check, viewer.msg().filter_check(),
                checks.stream().map(CheckDefinition::id).toList());
        UUID subscriptionId = values.id(subscription, viewer.msg().filter_subscription());
        int pageIndex = values.page(page);
        Page<FindingView> result = findings.list(viewer.scope(), new FindingFilter(
                FilterValues.constant(FindingStatus.class, chosenStatus), null, subscriptionId, chosenCheck,
                FilterValues.constant(Severity.class, chosenSeverity)), pageIndex, PER_PAGE);
        Form form = new Form(chosenStatus == null ? "" : chosenStatus, chosenSeverity, chosenCheck,
                subscriptionId == null ? null : subscriptionId.toString());
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("status", form.status());
        kept.put("severity", form.severity());
        kept.put("check", form.check());
        kept.put("subscription", form.subscription());
        List<Row> rows = result.items().stream()
                .map(f -> new Row(f, catalogue.definition(f.checkId(), viewer.lang()).orElse(null))).toList();
        return viewer.page(Templates.findings(form, STATUSES, SEVERITIES, checks, tenants.directory(viewer.scope()),
                rows,
                        result.total(), Pager.of("/findings", kept, pageIndex, PER_PAGE, result.total()),
                        values.errors(), ExportLinks.findingsCsv(kept)), "findings",
                values.refused() ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        return finding(id).map(history -> viewer.page(Templates.finding(history, suppressions.of(
                        history.finding().id()), new SuppressForm("", "", null), doneMessage(done), minExpiry()),
                        "findings", Response.Status.OK))
                .orElseGet(() -> notFound(id));
    }

    @POST
    @Path("{id}/suppress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    public Response suppress(@PathParam("id") String id, @FormParam("reason") String reason,
                             @FormParam("expires") String expires) {
        Optional<FindingHistory> history = finding(id);
        if (history.isEmpty()) {
            return notFound(id);
        }
        String trimmed = reason == null ? "" : reason.trim();
        String error = null;
        Instant expiresAt = null;
        try {
            trimmed = SuppressionAdministration.reason(reason);
            expiresAt = SuppressionAdministration.expiry(PageExpiry.instantText(expires));
        } catch (SuppressionRefusedException e) {
            error = Refusals.message(e, e.field(), viewer.msg(), Refusals.texts(viewer.lang()));
        }
        if (error != null) {
            return viewer.page(Templates.finding(history.get(), suppressions.of(history.get().finding().id()),
                    new SuppressForm(trimmed, expires == null ? "" : expires, error), null, minExpiry()), "findings",
                    Response.Status.BAD_REQUEST);
        }
        suppressions.suppress(history.get().finding().id(), trimmed, viewer.user(), expiresAt);
        audit.record(viewer.caller(), "SUPPRESS", AuditLog.Outcome.SUCCESS, "finding " + history.get().finding().id(),
                history.get().finding().checkId() + " on " + history.get().finding().resourceId() + ": " + trimmed);
        return Response.seeOther(URI.create("/findings/" + history.get().finding().id() + "?done=suppressed"))
                .build();
    }

    @POST
    @Path("{id}/unsuppress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("OPERATOR")
    public Response unsuppress(@PathParam("id") String id) {
        Optional<FindingHistory> history = finding(id);
        if (history.isEmpty()) {
            return notFound(id);
        }
        suppressions.unsuppress(history.get().finding().id());
        audit.record(viewer.caller(), "UNSUPPRESS", AuditLog.Outcome.SUCCESS, "finding " + history.get().finding().id(),
                history.get().finding().checkId() + " on " + history.get().finding().resourceId());
        return Response.seeOther(URI.create("/findings/" + history.get().finding().id() + "?done=unsuppressed"))
                .build();
    }

    private Optional<FindingHistory> finding(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return findings.find(viewer.scope(), uuid).map(f -> new FindingHistory(f,
                catalogue.definition(f.checkId(), viewer.lang()).orElse(null),
                findings.events(viewer.scope(), f.id()).orElse(List.of())));
    }

    private Response notFound(String id) {
        return viewer.error(Response.Status.NOT_FOUND, viewer.msg().finding_not_found(id));
    }

    private String doneMessage(String done) {
        if ("suppressed".equals(done)) {
            return viewer.msg().suppress_done();
        }
        return "unsuppressed".equals(done) ? viewer.msg().unsuppress_done() : null;
    }

    private static String minExpiry() {
        return PageExpiry.minDate();
    }
}
