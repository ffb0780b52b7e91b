package dev.portcullis.scanner.suppression;

/**
 * A suppression as a person or a client asks for it, field by field as typed (null or blank for a field not given):
 * exactly one of {@code resourceId} (with {@code checkId}), {@code resourceGroup} (with {@code subscriptionId}) or
 * {@code tag} ({@code key=value}); a reason; an optional expiry instant ({@code 2027-01-31T00:00:00Z}). The field
 * names are the API's, and the pages' form fields carry the same names.
 */
public record NewSuppression(String checkId, String resourceId, String subscriptionId, String resourceGroup,
                             String tag, String reason, String expiresAt) {

    public static final String CHECK_ID = "checkId";
    public static final String RESOURCE_ID = "resourceId";
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String RESOURCE_GROUP = "resourceGroup";
    public static final String TAG = "tag";
    public static final String REASON = "reason";
    public static final String EXPIRES_AT = "expiresAt";
}
