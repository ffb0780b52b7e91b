package dev.portcullis.web.scans;

import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.ScanDiffView;
import dev.portcullis.persistence.query.ScanQueries;
import dev.portcullis.persistence.query.ScanView;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.Ids;
import dev.portcullis.web.page.Pager;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scan history, and one scan: each subscription's outcome and ARM requests, and what the scan changed. */
@Path("/scans")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class ScansPage {

    static final int PER_PAGE = 30;

    private final ScanQueries scans;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;

    public ScansPage(ScanQueries scans, CheckCatalogue catalogue, Viewer viewer) {
        this.scans = scans;
        this.catalogue = catalogue;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scans(Page<ScanView> scans, Pager pager, String error);

        static native TemplateInstance scan(ScanView scan, ScanDiffView diff, Map<String, CheckDefinition> checks);
    }

    @GET
    public Response list(@QueryParam("page") String page) {
        FilterValues values = new FilterValues(viewer.msg());
        int index = values.page(page);
        Page<ScanView> result = scans.page(viewer.scope(), index, PER_PAGE);
        return viewer.page(Templates.scans(result, Pager.of("/scans", new LinkedHashMap<>(), index, PER_PAGE,
                        result.total()), values.refused() ? values.errors().get(0) : null), "scans",
                values.refused() ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        Optional<UUID> uuid = Ids.parse(id);
        Optional<ScanView> scan = uuid.flatMap(u -> scans.find(viewer.scope(), u));
        if (scan.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.msg().scan_not_found(id));
        }
        Map<String, CheckDefinition> checks = catalogue.definitions(viewer.lang()).stream()
                .collect(Collectors.toMap(CheckDefinition::id, Function.identity()));
        return viewer.page(Templates.scan(scan.get(), scans.diff(viewer.scope(), uuid.get()).orElseThrow(), checks),
                "scans", Response.Status.OK);
    }
}
