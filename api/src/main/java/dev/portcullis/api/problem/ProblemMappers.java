package dev.portcullis.api.problem;

import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.tenant.DuplicateTenantException;
import dev.portcullis.scanner.tenant.InvalidFieldException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The API's own failures as {@code application/problem+json}; generic errors are mapped by the application. */
public class ProblemMappers {

    private static final int UNPROCESSABLE = 422;

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
        return Problem.response(UNPROCESSABLE, "Unprocessable Content", "Subscription discovery failed: "
                + e.getMessage(), null);
    }
}
