package dev.portcullis.notifications.destination;

/**
 * A destination request refused by a rule: a bad field, a destination the caller cannot see, or a role that may not
 * do this. {@code field} names the request field at fault, when one is; the message never repeats a URL's path or a
 * secret.
 */
public class DestinationRefusedException extends RuntimeException {

    /** Why it was refused, with the HTTP status that says so. */
    public enum Kind {
        INVALID(400), DENIED(403), NOT_FOUND(404);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;
    private final String field;

    public DestinationRefusedException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static DestinationRefusedException invalid(String field, String message) {
        return new DestinationRefusedException(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
