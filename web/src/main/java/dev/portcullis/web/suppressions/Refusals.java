package dev.portcullis.web.suppressions;

import dev.portcullis.scanner.suppression.NewSuppression;
import dev.portcullis.scanner.suppression.SuppressionAdministration;
import dev.portcullis.scanner.suppression.SuppressionRefusedException;
import dev.portcullis.web.page.Msg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A refused suppression said in the viewer's language, naming the field as the page's form labels it. */
public final class Refusals {

    private Refusals() {
    }

    /** The exceptions texts in a language. */
    public static Exc texts(String lang) {
        return MessageBundles.get(Exc.class, Localized.Literal.of(lang));
    }

    /** {@code field} is the form's field at fault (for a missing scope, the form's own scope field). */
    public static String message(SuppressionRefusedException e, String field, Msg msg, Exc exc) {
        return switch (e.rule()) {
            case REASON_REQUIRED -> msg.suppress_reason_required();
            case REASON_TOO_LONG -> msg.suppress_reason_too_long(SuppressionAdministration.MAX_REASON);
            case EXPIRY_FORMAT -> msg.suppress_expiry_format();
            case EXPIRY_PAST -> msg.suppress_expiry_future();
            case UNKNOWN_CHECK -> exc.refused_check();
            case ONE_SCOPE -> NewSuppression.TAG.equals(field) ? exc.refused_tag_required()
                    : exc.refused_resource_group_required();
            case SUBSCRIPTION_REQUIRED -> exc.refused_subscription_required();
            case SUBSCRIPTION_FORMAT, UNKNOWN_SUBSCRIPTION -> exc.refused_subscription_unknown();
            case TAG_FORMAT -> exc.refused_tag_format();
            case TAG_NEEDS_ALL_TENANTS -> exc.tag_needs_all_tenants();
            case NEEDS_OPERATOR -> exc.refused_role();
            case UNKNOWN_SUPPRESSION -> exc.refused_gone();
            case VALUE_TOO_LONG -> exc.refused_too_long(SuppressionAdministration.maxLength(e.field()));
            case CHECK_REQUIRED, RESOURCE_ID_FORMAT -> e.getMessage();
        };
    }
}
