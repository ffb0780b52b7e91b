package dev.portcullis.deploy.errors;

import dev.portcullis.api.problem.Problem;
import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.scanner.scan.DatabaseOutages;
import dev.portcullis.web.error.ErrorPage;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors no resource handled: a problem+json answer under {@code /api}, an error page elsewhere. Internal details
 * go to the log, never to the client.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String message = status == 404 ? "There is no such page or resource." : title;
        return respond(request, status, title == null ? "Error" : title, message);
    }

    /** Signed in, but the role does not allow it. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Forbidden", "Your role does not allow this.");
    }

    /** A rule of access administration (API or page): its kind decides the status. */
    @ServerExceptionMapper
    public Response accessRule(AccessRuleException e, HttpServerRequest request) {
        Response.Status status = Response.Status.fromStatusCode(e.kind().httpStatus());
        if (request.path().startsWith("/api/")) {
            return Problem.response(status, e.getMessage(), e.field());
        }
        return ErrorPage.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        if (DatabaseOutages.isOutage(e)) {
            LOG.warnf("Database unreachable answering %s %s: %s", request.method(), request.path(), e.getMessage());
            return Response.fromResponse(respond(request, 503, "Service Unavailable", "The database cannot be"
                    + " reached right now (a restart or a fail-over); try again in a few seconds."))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "Unexpected error answering %s %s", request.method(), request.path());
        return respond(request, 500, "Internal Server Error", "Something went wrong on our side; the details are in"
                + " the server log.");
    }

    private static Response respond(HttpServerRequest request, int status, String title, String message) {
        if (request.path().startsWith("/api/")) {
            return Problem.response(status, title, message, null);
        }
        return ErrorPage.response(status, title, message);
    }
}
