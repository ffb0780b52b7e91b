package dev.portcullis.scanner.suppression;

/**
 * A suppression request refused by a rule. {@code field} names the request field at fault; {@code rule} says which
 * rule, so a page can say it in the viewer's language; the message says it in English, as the API does.
 */
public class SuppressionRefusedException extends RuntimeException {

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

    /** Each rule a request can break. */
    public enum Rule {
        REASON_REQUIRED, REASON_TOO_LONG, UNKNOWN_CHECK, ONE_SCOPE, CHECK_REQUIRED, RESOURCE_ID_FORMAT,
        SUBSCRIPTION_REQUIRED, SUBSCRIPTION_FORMAT, UNKNOWN_SUBSCRIPTION, TAG_FORMAT, TAG_NEEDS_ALL_TENANTS,
        EXPIRY_FORMAT, EXPIRY_PAST, NEEDS_OPERATOR, UNKNOWN_SUPPRESSION
    }

    private final Kind kind;
    private final String field;
    private final Rule rule;

    SuppressionRefusedException(Kind kind, String field, Rule rule, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    static SuppressionRefusedException invalid(String field, Rule rule, String message) {
        return new SuppressionRefusedException(Kind.INVALID, field, rule, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }
}
