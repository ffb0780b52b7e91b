package dev.portcullis.web.vms;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.TenantDirectory;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmSort;
import dev.portcullis.persistence.query.VmView;
import dev.portcullis.web.page.ExportLinks;
import dev.portcullis.web.page.FilterValues;
import dev.portcullis.web.page.Pager;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The VM inventory: filter by tenant, subscription, JIT status, OS, exposure and name; sort; page. The total is kept
 * per filter until the estate changes ({@link VmListTotals}).
 */
@Path("/vms")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class VmListPage {

    public static final int PER_PAGE = 50;
    static final List<String> JIT_STATUSES = FilterValues.names(JitStatus.values());
    static final List<String> OS_TYPES = FilterValues.names(OsType.values());
    static final List<String> EXPOSED = List.of("yes", "no");
    static final List<String> SORTS = Arrays.stream(VmSort.values()).map(s -> s.name().toLowerCase()).toList();

    private final VmQueries vms;
    private final VmListTotals totals;
    private final TenantQueries tenants;
    private final Viewer viewer;

    public VmListPage(VmQueries vms, VmListTotals totals, TenantQueries tenants, Viewer viewer) {
        this.vms = vms;
        this.totals = totals;
        this.tenants = tenants;
        this.viewer = viewer;
    }

    /** The filters as the form shows them back: what was accepted, blank for what was not given or refused. */
    public record Form(String tenant, String subscription, String jit, String os, String exposed, String q,
                       String sort) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vms(Form form, TenantDirectory tenants, List<String> jitStatuses,
                                           List<String> osTypes, List<String> sorts, Page<VmView> vms, Pager pager,
                                           List<String> errors, String exportLink);
    }

    @GET
    public Response list(@QueryParam("tenant") String tenant, @QueryParam("subscription") String subscription,
                         @QueryParam("jit") String jit, @QueryParam("os") String os,
                         @QueryParam("exposed") String exposed, @QueryParam("q") String q,
                         @QueryParam("sort") String sort, @QueryParam("page") String page) {
        FilterValues values = new FilterValues(viewer.msg());
        UUID tenantRef = values.id(tenant, viewer.msg().filter_tenant());
        UUID subscriptionId = values.id(subscription, viewer.msg().filter_subscription());
        String jitStatus = values.oneOf(jit, viewer.msg().filter_jit(), JIT_STATUSES);
        String osType = values.oneOf(os, viewer.msg().filter_os(), OS_TYPES);
        String exposure = values.oneOf(exposed, viewer.msg().filter_exposed(), EXPOSED);
        String name = values.text(q, viewer.msg().filter_name());
        String order = values.oneOf(sort, viewer.msg().filter_sort(), SORTS);
        int pageIndex = values.page(page);

        VmFilter filter = new VmFilter(tenantRef, subscriptionId, FilterValues.constant(JitStatus.class, jitStatus),
                FilterValues.constant(OsType.class, osType),
                exposure == null ? null : exposure.equals("yes"), name,
                order == null ? VmSort.NAME : VmSort.valueOf(order.toUpperCase()));
        // the rows are read fresh; the total may be up to VmListTotals.FRESH_FOR old after another replica's scan
        Page<VmView> result = new Page<>(vms.items(viewer.scope(), filter, pageIndex, PER_PAGE),
                totals.of(viewer.scope(), filter), pageIndex, PER_PAGE);
        Form form = new Form(str(tenantRef), str(subscriptionId), jitStatus, osType, exposure, name, order);
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("tenant", form.tenant());
        kept.put("subscription", form.subscription());
        kept.put("jit", form.jit());
        kept.put("os", form.os());
        kept.put("exposed", form.exposed());
        kept.put("q", form.q());
        kept.put("sort", form.sort());
        Pager pager = Pager.of("/vms", kept, pageIndex, PER_PAGE, result.total());
        return viewer.page(Templates.vms(form, tenants.directory(viewer.scope()), JIT_STATUSES, OS_TYPES, SORTS, result, pager,
                values.errors(), exportLink(form)), "vms", values.refused() ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }

    /**
     * The CSV of the open findings of the VMs' tenant and subscription: the VM filters (JIT, OS, exposure, name) have
     * no findings counterpart and are not applied to it.
     */
    private static String exportLink(Form form) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", FindingStatus.OPEN.name());
        filters.put("tenant", form.tenant());
        filters.put("subscription", form.subscription());
        return ExportLinks.findingsCsv(filters);
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
