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

    /** The caller is known but may not do this; {@code field} names what they would have to change, if anything. */
    public static ProblemException forbidden(String field, String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail, field);
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail, field);
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
