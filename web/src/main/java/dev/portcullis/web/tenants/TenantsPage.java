package dev.portcullis.web.tenants;

import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tenants and their subscriptions: last scan status and age, Defender plan, VMs by JIT status. */
@Path("/tenants")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class TenantsPage {

    private final TenantQueries tenants;
    private final VmQueries vms;
    private final Viewer viewer;

    public TenantsPage(TenantQueries tenants, VmQueries vms, Viewer viewer) {
        this.tenants = tenants;
        this.vms = vms;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenants(List<TenantView> tenants, Map<UUID, Map<String, Long>> jitCounts);
    }

    @GET
    public TemplateInstance list() {
        return viewer.page(Templates.tenants(tenants.list(viewer.scope()), vms.jitStatusCounts(viewer.scope())), "tenants");
    }
}
