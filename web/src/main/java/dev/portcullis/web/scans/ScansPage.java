package dev.portcullis.web.scans;

import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.ScanDiffView;
import dev.portcullis.persistence.query.ScanQueries;
import dev.portcullis.persistence.query.ScanTrigger;
import dev.portcullis.persistence.query.ScanView;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.scanner.scan.ScanByCaller;
import dev.portcullis.scanner.scan.ScanRequestLimit;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.Ids;
import dev.portcullis.web.page.Pager;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scan history with each scan's duration and the findings it changed; one scan: each subscription's outcome and ARM
 * requests, and what the scan changed, refreshing itself while it runs; and "Scan now" from the pages.
 */
@Path("/scans")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class ScansPage {

    static final int PER_PAGE = 30;

    /** Seconds between reloads of a scan's page while it is queued or running. */
    static final int REFRESH_SECONDS = 3;

    private final ScanQueries scans;
    private final CheckCatalogue catalogue;
    private final Viewer viewer;
    private final ScanByCaller scanByCaller;

    public ScansPage(ScanQueries scans, CheckCatalogue catalogue, Viewer viewer, ScanByCaller scanByCaller) {
        this.scans = scans;
        this.catalogue = catalogue;
        this.viewer = viewer;
        this.scanByCaller = scanByCaller;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scans(Page<ScanView> scans, Pager pager, String error);

        static native TemplateInstance scan(ScanView scan, ScanDiffView diff, Map<String, CheckDefinition> checks,
                                            boolean joined, int refreshSeconds, List<ScanTrigger> triggers);
    }

    @GET
    public Response list(@QueryParam("page") String page) {
        FilterValues values = new FilterValues(viewer.msg());
        int index = values.page(page);
        return list(index, values.refused() ? values.errors().get(0) : null,
                values.refused() ? Response.Status.BAD_REQUEST.getStatusCode() : Response.Status.OK.getStatusCode());
    }

    private Response list(int index, String error, int status) {
        Page<ScanView> result = scans.page(viewer.scope(), index, PER_PAGE);
        return viewer.page(Templates.scans(result, Pager.of("/scans", new LinkedHashMap<>(), index, PER_PAGE,
                result.total()), error), "scans", status);
    }

    /**
     * "Scan now" on the tenants and VM pages: one tenant ({@code tenant}, its id) or one subscription
     * ({@code subscriptionId}), by the API's rules ({@link ScanByCaller}); then the scan's page, which says so when
     * the request joined the scan already queued for the same scope. A refusal is the scans list with the reason.
     * Outside a transaction, as the API's: the request is queued and dispatched in transactions of its own.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response scanNow(@FormParam("tenant") String tenant, @FormParam("subscriptionId") String subscriptionId) {
        boolean hasTenant = tenant != null && !tenant.isBlank();
        boolean hasSubscription = subscriptionId != null && !subscriptionId.isBlank();
        if (hasTenant == hasSubscription) {
            return refused(Response.Status.BAD_REQUEST, viewer.msg().scan_now_what());
        }
        String given = (hasTenant ? tenant : subscriptionId).trim();
        Optional<UUID> id = Ids.parse(given);
        if (id.isEmpty()) {
            return refused(Response.Status.BAD_REQUEST, viewer.msg().scan_now_malformed(given));
        }
        ScanQueue.Queued queued;
        try {
            queued = scanByCaller.request(viewer.caller(), hasTenant ? ScanByCaller.Scope.tenant(id.get())
                    : ScanByCaller.Scope.subscription(id.get()), ScanByCaller.Trigger.PAGE, Optional.empty());
        } catch (ScanByCaller.Refused e) {
            return switch (e.reason()) {
                case NEEDS_OPERATOR -> refused(Response.Status.FORBIDDEN,
                        viewer.msg().scan_now_needs_operator(viewer.caller().role().name()));
                case NEEDS_EVERY_TENANT -> refused(Response.Status.FORBIDDEN, viewer.msg().scan_now_what());
                case UNKNOWN_TENANT -> refused(Response.Status.NOT_FOUND, viewer.msg().scan_now_no_tenant(given));
                case UNKNOWN_SUBSCRIPTION -> refused(Response.Status.NOT_FOUND,
                        viewer.msg().scan_now_no_subscription(given));
            };
        } catch (ScanRequestLimit.Exceeded e) {
            return Response.fromResponse(refused(Response.Status.TOO_MANY_REQUESTS,
                    viewer.msg().scan_now_too_many(e.retryAfterSeconds())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        return Response.seeOther(URI.create("/scans/" + queued.id() + (queued.joined() ? "?joined=true" : "")))
                .build();
    }

    private Response refused(Response.Status status, String message) {
        return list(0, message, status.getStatusCode());
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("joined") boolean joined) {
        Optional<UUID> uuid = Ids.parse(id);
        Optional<ScanView> scan = uuid.flatMap(u -> scans.find(viewer.scope(), u));
        if (scan.isEmpty()) {
            return viewer.error(Response.Status.NOT_FOUND, viewer.msg().scan_not_found(id));
        }
        Map<String, CheckDefinition> checks = catalogue.definitions(viewer.lang()).stream()
                .collect(Collectors.toMap(CheckDefinition::id, Function.identity()));
        return viewer.page(Templates.scan(scan.get(), scans.diff(viewer.scope(), uuid.get()).orElseThrow(), checks,
                joined, REFRESH_SECONDS, scans.triggers(viewer.scope(), uuid.get()).orElseThrow()), "scans",
                Response.Status.OK);
    }
}
