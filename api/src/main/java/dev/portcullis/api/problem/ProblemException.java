package dev.portcullis.api.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a problem: a status, a detail and optionally the offending field. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final String field;

    public ProblemException(Response.Status status, String detail, String field) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public static ProblemException notFound(String what, Object id, String field) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " " + id + " does not exist", field);
    }

    public static ProblemException badField(String field, String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail, field);
    }

    public Response.Status status() {
        return status;
    }

    public String field() {
        return field;
    }
}
