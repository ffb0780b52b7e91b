package dev.portcullis.api.findings;

import dev.portcullis.api.Items;
import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.FindingEventView;
import dev.portcullis.persistence.query.FindingFilter;
import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.query.FindingView;
import dev.portcullis.persistence.query.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The findings list, filtered and paged. */
@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    private static final int DEFAULT_SIZE = 100;

    private final FindingQueries findings;
    private final FindingFilters filters;
    private final CurrentCaller caller;

    public FindingResource(FindingQueries findings, FindingFilters filters, CurrentCaller caller) {
        this.findings = findings;
        this.filters = filters;
        this.caller = caller;
    }

    @GET
    public Page<FindingView> list(@QueryParam("status") String status, @QueryParam("tenant") String tenant,
                                  @QueryParam("subscriptionId") String subscriptionId,
                                  @QueryParam("checkId") String checkId, @QueryParam("severity") String severity,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FindingFilter filter = filters.of(caller.get().scope(), status, tenant, subscriptionId, checkId, severity);
        QueryParams.Paging paging = QueryParams.paging(page, size, DEFAULT_SIZE);
        return findings.list(caller.get().scope(), filter, paging.page(), paging.size());
    }

    /** One finding. */
    @GET
    @Path("{id}")
    public FindingView one(@PathParam("id") String id) {
        return findings.find(caller.get().scope(), JsonBodies.guid(id, "id"))
                .orElseThrow(() -> ProblemException.notFound("Finding", id, "id"));
    }

    /** The finding's transitions, oldest first. */
    @GET
    @Path("{id}/events")
    public Items<FindingEventView> events(@PathParam("id") String id) {
        UUID findingId = JsonBodies.guid(id, "id");
        return new Items<>(findings.events(caller.get().scope(), findingId)
                .orElseThrow(() -> ProblemException.notFound("Finding", id, "id")));
    }
}
