package dev.portcullis.web.vms;

import dev.portcullis.persistence.query.FindingEventView;
import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.query.FindingView;
import dev.portcullis.persistence.query.VmDetail;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.engine.remediation.Language;
import dev.portcullis.engine.remediation.RemediationFormat;
import dev.portcullis.scanner.remediation.RemediationService;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.Evaluator;
import dev.portcullis.web.page.ExportLinks;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One VM: its management ports (internet reachability with the allowing rules, JIT coverage, duration, sources), its
 * findings with their history, the JIT access requests recorded for it, and remediation in the chosen format.
 */
@Path("/vm")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class VmDetailPage {

    static final List<String> TABS = Arrays.stream(RemediationFormat.values()).map(RemediationFormat::wireName)
            .toList();

    private final VmQueries vms;
    private final FindingQueries findings;
    private final RemediationService remediation;
    private final CheckCatalogue catalogue;
    private final Evaluator evaluator;
    private final Viewer viewer;

    public VmDetailPage(VmQueries vms, FindingQueries findings, RemediationService remediation,
                        CheckCatalogue catalogue, Evaluator evaluator, Viewer viewer) {
        this.vms = vms;
        this.findings = findings;
        this.remediation = remediation;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vm(VmDetail detail, List<PortGrid.Row> ports, List<OpenJitAccess> openJit,
                                          List<FindingHistory> findings, List<String> tabs, String tab,
                                          String remediation, String error, String exportLink);
    }

    @GET
    public Response show(@QueryParam("id") String id, @QueryParam("tab") String tab) {
        if (id == null || id.isBlank() || id.length() > 1000) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.msg().vm_not_found(id == null ? "" : id));
        }
        Optional<VmDetail> found = vms.find(viewer.scope(), id);
        if (found.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.msg().vm_not_found(id));
        }
        VmDetail detail = found.get();
        FilterValues values = new FilterValues(viewer.msg());
        String chosen = Optional.ofNullable(values.oneOf(tab, viewer.msg().vm_remediation(), TABS))
                .orElse(TABS.get(0));
        RemediationFormat format = RemediationFormat.fromWireName(chosen).orElseThrow();
        String text = remediation.render(viewer.scope(), detail.vm().resourceId(), Optional.empty(), format,
                viewer.japanese() ? Language.JA : Language.EN).orElse("");
        List<FindingView> ofVm = findings.ofResource(viewer.scope(), detail.vm().resourceId());
        Map<UUID, List<FindingEventView>> events = findings.eventsOf(ofVm.stream().map(FindingView::id).toList());
        List<FindingHistory> histories = ofVm.stream()
                .map(f -> new FindingHistory(f, catalogue.definition(f.checkId(), viewer.lang()).orElse(null),
                        events.getOrDefault(f.id(), List.of())))
                .toList();
        TemplateInstance page = Templates.vm(detail, PortGrid.of(detail.vm(), detail.exposures(),
                evaluator.settings()), OpenJitAccess.of(detail.jitRequests(), Instant.now()), histories, TABS, chosen, text, values.refused() ? values.errors().get(0) : null,
                ExportLinks.findingsCsv(Map.of("resource", detail.vm().resourceId())));
        return viewer.page(page, "vms", values.refused() ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }
}
