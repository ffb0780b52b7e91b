package dev.portcullis.scanner.suppression;

import dev.portcullis.persistence.access.AccessRuleException;

/**
 * A suppression request refused by a rule: its kind and the field at fault as for any administration request, and
 * which {@link Rule} it broke, so a page can say it in the viewer's language; the message says it in English, as the
 * API does.
 */
public class SuppressionRefusedException extends AccessRuleException {

    /** Each rule a request can break. */
    public enum Rule {
        REASON_REQUIRED, REASON_TOO_LONG, UNKNOWN_CHECK, ONE_SCOPE, CHECK_REQUIRED, RESOURCE_ID_FORMAT,
        SUBSCRIPTION_REQUIRED, SUBSCRIPTION_FORMAT, UNKNOWN_SUBSCRIPTION, TAG_FORMAT, TAG_NEEDS_ALL_TENANTS,
        EXPIRY_FORMAT, EXPIRY_PAST, NEEDS_OPERATOR, UNKNOWN_SUPPRESSION, VALUE_TOO_LONG
    }

    private final Rule rule;

    SuppressionRefusedException(Kind kind, String field, Rule rule, String message) {
        super(kind, field, message);
        this.rule = rule;
    }

    static SuppressionRefusedException invalid(String field, Rule rule, String message) {
        return new SuppressionRefusedException(Kind.INVALID, field, rule, message);
    }

    public Rule rule() {
        return rule;
    }
}
