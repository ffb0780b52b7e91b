package dev.portcullis.scanner.suppression;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.persistence.access.AccessRuleException.Kind;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.persistence.suppression.ArmSubscription;
import dev.portcullis.persistence.suppression.SuppressionStore;
import dev.portcullis.persistence.suppression.SuppressionView;
import dev.portcullis.scanner.suppression.SuppressionRefusedException.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Creating and deleting suppressions, for the API and the pages alike, with one set of rules: an OPERATOR or above;
 * a reason of at most {@value #MAX_REASON} characters; a check of the catalogue (required for a resource, else
 * optional); exactly one scope; a subscription within the caller's tenants (one outside reads as unknown); a tag
 * suppression, which applies in every tenant, only by a caller with access to all of them; an expiry in the future.
 * Every change is audited. A blank field counts as not given.
 */
@ApplicationScoped
public class SuppressionAdministration {

    public static final int MAX_REASON = 1000;
    /** Azure's own limits: a resource group name has at most 90 characters, a tag name 512 and its value 256. */
    static final int MAX_RESOURCE_GROUP = 90;
    static final int MAX_TAG = 512 + 1 + 256;
    /** No Azure limit is documented for a whole id; this one is far above any real id. */
    static final int MAX_RESOURCE_ID = 2048;

    private final SuppressionStore store;
    private final CheckCatalogue catalogue;
    private final AuditLog audit;

    public SuppressionAdministration(SuppressionStore store, CheckCatalogue catalogue, AuditLog audit) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Stores the suppression the request describes, or refuses it naming the first field at fault. */
    public SuppressionView create(Caller who, NewSuppression request) {
        requireOperator(who);
        String checkId = given(request.checkId());
        String resourceId = given(request.resourceId());
        String resourceGroup = given(request.resourceGroup());
        String tag = given(request.tag());
        String reason = reason(request.reason());
        requireAtMost(NewSuppression.RESOURCE_ID, resourceId);
        requireAtMost(NewSuppression.RESOURCE_GROUP, resourceGroup);
        requireAtMost(NewSuppression.TAG, tag);
        if (checkId != null && catalogue.definition(checkId).isEmpty()) {
            throw SuppressionRefusedException.invalid(NewSuppression.CHECK_ID, Rule.UNKNOWN_CHECK,
                    "checkId " + checkId + " is not in the catalogue");
        }
        if (Stream.of(resourceId, resourceGroup, tag).filter(v -> v != null).count() != 1) {
            throw SuppressionRefusedException.invalid(NewSuppression.RESOURCE_ID, Rule.ONE_SCOPE,
                    "give exactly one of resourceId, resourceGroup or tag");
        }
        String tagKey = null;
        String tagValue = null;
        UUID subscription = null;
        if (resourceId != null) {
            if (checkId == null) {
                throw SuppressionRefusedException.invalid(NewSuppression.CHECK_ID, Rule.CHECK_REQUIRED,
                        "a resource suppression names its checkId");
            }
            UUID resourceSubscription = ArmSubscription.of(resourceId).orElseThrow(() ->
                    SuppressionRefusedException.invalid(NewSuppression.RESOURCE_ID, Rule.RESOURCE_ID_FORMAT,
                            "resourceId must be an ARM id (/subscriptions/…)"));
            requireInScope(who, resourceSubscription, NewSuppression.RESOURCE_ID);
        } else if (resourceGroup != null) {
            subscription = subscriptionId(request.subscriptionId());
            requireInScope(who, subscription, NewSuppression.SUBSCRIPTION_ID);
        } else {
            int equals = tag.indexOf('=');
            tagKey = equals < 0 ? "" : tag.substring(0, equals).trim();
            tagValue = equals < 0 ? "" : tag.substring(equals + 1).trim();
            if (tagKey.isEmpty() || tagValue.isEmpty()) {
                throw SuppressionRefusedException.invalid(NewSuppression.TAG, Rule.TAG_FORMAT,
                        "tag must be key=value");
            }
            if (!who.allTenants()) {
                throw new SuppressionRefusedException(Kind.DENIED, NewSuppression.TAG, Rule.TAG_NEEDS_ALL_TENANTS,
                        "a tag suppression applies in every tenant: it needs access to every tenant");
            }
        }
        Instant expiresAt = expiry(request.expiresAt());
        SuppressionView created = store.create(new SuppressionStore.Draft(checkId, resourceId, subscription,
                resourceGroup, tagKey, tagValue, reason, who.name(), expiresAt));
        audit.record(who, "SUPPRESS", AuditLog.Outcome.SUCCESS, "suppression " + created.id(), describe(created));
        return created;
    }

    /** Deletes a suppression of the caller's tenants; a tag suppression needs access to every tenant. */
    public void delete(Caller who, UUID id) {
        requireOperator(who);
        switch (store.delete(who.scope(), id)) {
            case NOT_FOUND -> throw new SuppressionRefusedException(Kind.NOT_FOUND, "id", Rule.UNKNOWN_SUPPRESSION,
                    "Suppression " + id + " does not exist");
            case NEEDS_ALL_TENANTS -> throw new SuppressionRefusedException(Kind.DENIED, "id",
                    Rule.TAG_NEEDS_ALL_TENANTS, "a tag suppression applies in every tenant: deleting it needs"
                    + " access to every tenant");
            case DELETED -> audit.record(who, "DELETE_SUPPRESSION", AuditLog.Outcome.SUCCESS, "suppression " + id,
                    null);
        }
    }

    /** The most characters a scope field may have: Azure's limit where it has one. */
    public static int maxLength(String field) {
        return switch (field) {
            case NewSuppression.RESOURCE_GROUP -> MAX_RESOURCE_GROUP;
            case NewSuppression.TAG -> MAX_TAG;
            case NewSuppression.RESOURCE_ID -> MAX_RESOURCE_ID;
            default -> MAX_REASON;
        };
    }

    private static void requireAtMost(String field, String value) {
        if (value != null && value.length() > maxLength(field)) {
            throw SuppressionRefusedException.invalid(field, Rule.VALUE_TOO_LONG,
                    field + " is longer than " + maxLength(field) + " characters");
        }
    }

    /** The reason, trimmed: required, at most {@value #MAX_REASON} characters. */
    public static String reason(String value) {
        String reason = given(value);
        if (reason == null) {
            throw SuppressionRefusedException.invalid(NewSuppression.REASON, Rule.REASON_REQUIRED,
                    "reason is required: say why the risk is accepted");
        }
        if (reason.length() > MAX_REASON) {
            throw SuppressionRefusedException.invalid(NewSuppression.REASON, Rule.REASON_TOO_LONG,
                    "reason is longer than " + MAX_REASON + " characters");
        }
        return reason;
    }

    /** The expiry: none when not given, else an instant in the future. */
    public static Instant expiry(String value) {
        String given = given(value);
        if (given == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw SuppressionRefusedException.invalid(NewSuppression.EXPIRES_AT, Rule.EXPIRY_FORMAT,
                    "expiresAt must be an instant like 2027-01-31T00:00:00Z");
        }
        if (!instant.isAfter(Instant.now())) {
            throw SuppressionRefusedException.invalid(NewSuppression.EXPIRES_AT, Rule.EXPIRY_PAST,
                    "expiresAt must be in the future");
        }
        return instant;
    }

    private static UUID subscriptionId(String value) {
        String given = given(value);
        if (given == null) {
            throw SuppressionRefusedException.invalid(NewSuppression.SUBSCRIPTION_ID, Rule.SUBSCRIPTION_REQUIRED,
                    "a resource group suppression names its subscriptionId");
        }
        try {
            if (given.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(given);
        } catch (IllegalArgumentException e) {
            throw SuppressionRefusedException.invalid(NewSuppression.SUBSCRIPTION_ID, Rule.SUBSCRIPTION_FORMAT,
                    "subscriptionId must be a GUID");
        }
    }

    private static void requireOperator(Caller who) {
        if (!who.may(Role.OPERATOR)) {
            throw new SuppressionRefusedException(Kind.DENIED, null, Rule.NEEDS_OPERATOR,
                    "suppressions are changed by an OPERATOR or ADMIN");
        }
    }

    /** A subscription outside the caller's tenants reads as unknown. */
    private void requireInScope(Caller who, UUID subscriptionId, String field) {
        Set<UUID> visible = store.subscriptionsIn(who.scope());
        if (visible != null && !visible.contains(subscriptionId)) {
            throw new SuppressionRefusedException(Kind.NOT_FOUND, field, Rule.UNKNOWN_SUBSCRIPTION,
                    "Subscription " + subscriptionId + " does not exist");
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String describe(SuppressionView s) {
        return "check " + (s.checkId() == null ? "any" : s.checkId()) + " on "
                + (s.resourceId() != null ? s.resourceId() : s.resourceGroup() != null
                ? s.subscriptionId() + "/" + s.resourceGroup() : "tag " + s.tag()) + ": " + s.reason();
    }
}
