package dev.portcullis.persistence.access;

/**
 * An administration request refused by a rule: bad input, not allowed, in conflict with what exists, or about
 * something that does not exist. {@code field} names what to change, when one thing is at fault.
 */
public class AccessRuleException extends RuntimeException {

    /** Why it was refused, with the HTTP status that says so. */
    public enum Kind {
        INVALID(400), DENIED(403), CONFLICT(409), NOT_FOUND(404);

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

    public AccessRuleException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    static AccessRuleException invalid(String field, String message) {
        return new AccessRuleException(Kind.INVALID, field, message);
    }

    public static AccessRuleException denied(String field, String message) {
        return new AccessRuleException(Kind.DENIED, field, message);
    }
}
