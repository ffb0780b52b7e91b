package dev.portcullis.api.vms;

import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmSort;
import dev.portcullis.persistence.query.VmView;
import dev.portcullis.engine.vocabulary.JitStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The current VM inventory with each VM's JIT status. */
@Path("/api/v1/vms")
@Produces(MediaType.APPLICATION_JSON)
public class VmResource {

    private static final int DEFAULT_SIZE = 100;

    private final VmQueries vms;
    private final TenantQueries tenants;
    private final CurrentCaller caller;

    public VmResource(VmQueries vms, TenantQueries tenants, CurrentCaller caller) {
        this.vms = vms;
        this.tenants = tenants;
        this.caller = caller;
    }

    @GET
    public Page<VmView> list(@QueryParam("tenant") String tenant, @QueryParam("subscriptionId") String subscriptionId,
                             @QueryParam("jitStatus") String jitStatus, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size) {
        TenantScope scope = caller.get().scope();
        VmFilter filter = new VmFilter(QueryParams.tenant(tenants, scope, tenant, "tenant"),
                JsonBodies.guid(subscriptionId, "subscriptionId"),
                QueryParams.oneOf(jitStatus, "jitStatus", JitStatus.class), null, null, null, VmSort.NAME);
        QueryParams.Paging paging = QueryParams.paging(page, size, DEFAULT_SIZE);
        return vms.list(scope, filter, paging.page(), paging.size());
    }
}
