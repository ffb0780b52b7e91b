package dev.portcullis.api.problem;

import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.tenant.DuplicateTenantException;
import dev.portcullis.scanner.tenant.InvalidFieldException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the API as {@code application/problem+json}; internal errors never leak their details. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateTenantException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage(), "tenantId");
    }

    @ServerExceptionMapper
    public Response discoveryFailed(DiscoveryFailedException e) {
        return Problem.response(Response.Status.fromStatusCode(422), "Subscription discovery failed: "
                + e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        String detail = status == Response.Status.NOT_FOUND ? "No such resource" : status.getReasonPhrase();
        return Problem.response(status, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error answering an API call", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; see the server log",
                null);
    }
}
