package dev.portcullis.api.problem;

import dev.portcullis.notifications.destination.DestinationRefusedException;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.scanner.scan.ScanRequestLimit;
import dev.portcullis.scanner.tenant.DiscoveryFailedException;
import dev.portcullis.scanner.tenant.DuplicateTenantException;
import dev.portcullis.scanner.connection.InvalidFieldException;
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

    /** A destination refused by a rule: a bad field (400), a role too low (403), a destination not in sight (404). */
    @ServerExceptionMapper
    public Response destinationRefused(DestinationRefusedException e) {
        return Problem.response(Response.Status.fromStatusCode(e.kind().httpStatus()), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateTenantException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage(), "tenantId");
    }

    /** The server cannot seal secrets: its operator must configure a master key. */
    @ServerExceptionMapper
    public Response noMasterKey(SecretBox.NoMasterKeyException e) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    /** Too many scan requests this minute: 429 with the seconds to wait. */
    @ServerExceptionMapper
    public Response tooManyScanRequests(ScanRequestLimit.Exceeded e) {
        return Response.fromResponse(Problem.response(429, "Too Many Requests", e.getMessage(), null))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response discoveryFailed(DiscoveryFailedException e) {
        return Problem.response(UNPROCESSABLE, "Unprocessable Content", "Subscription discovery failed: "
                + e.getMessage(), null);
    }
}
