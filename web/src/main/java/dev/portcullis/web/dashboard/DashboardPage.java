package dev.portcullis.web.dashboard;

import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The first page: tenants, their subscriptions' last scan and Defender plan, and every VM's JIT status. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final int VMS_PER_PAGE = 200;

    private final TenantQueries tenants;
    private final VmQueries vms;
    private final SecurityIdentity identity;

    public DashboardPage(TenantQueries tenants, VmQueries vms, SecurityIdentity identity) {
        this.tenants = tenants;
        this.vms = vms;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String user, List<TenantView> tenants, Page<VmView> vms,
                                                 int previousPage, int nextPage);
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("page") Integer page) {
        int current = page == null || page < 0 ? 0 : page;
        Page<VmView> vmPage = vms.list(new VmFilter(null, null, null), current, VMS_PER_PAGE);
        int next = (long) (current + 1) * VMS_PER_PAGE < vmPage.total() ? current + 1 : -1;
        return Templates.dashboard(identity.getPrincipal().getName(), tenants.list(), vmPage, current - 1, next);
    }
}
