package dev.portcullis.simulator.change;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One ARM write, delete or action on a resource, as the activity log and Event Grid name it.
 *
 * @param operationName the RBAC action, e.g. {@code Microsoft.Network/networkSecurityGroups/securityRules/write}
 * @param resourceId the resource the operation targets, in ARM's casing
 */
public record ArmOperation(String operationName, String resourceId) {

    public ArmOperation {
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(resourceId, "resourceId");
        if (ResourceIds.subscriptionId(resourceId) == null) {
            throw new IllegalArgumentException("not a resource id under a subscription: " + resourceId);
        }
    }

    /** {@code <type of resourceId>/write}, e.g. {@code Microsoft.Storage/storageAccounts/write}. */
    public static ArmOperation write(String resourceId) {
        return new ArmOperation(ResourceIds.type(resourceId) + "/write", resourceId);
    }

    public String subscriptionId() {
        return ResourceIds.subscriptionId(resourceId);
    }

    /** {@code null} for subscription-level resources. */
    public String resourceGroup() {
        return ResourceIds.resourceGroup(resourceId);
    }

    public String resourceType() {
        return ResourceIds.type(resourceId);
    }

    public String resourceProvider() {
        return resourceType().substring(0, resourceType().indexOf('/'));
    }

    /** Write, delete or action, from the operation name's last segment. */
    public Kind kind() {
        String last = operationName.substring(operationName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (last) {
            case "delete" -> Kind.DELETE;
            case "action" -> Kind.ACTION;
            default -> Kind.WRITE;
        };
    }

    /** What the operation is to ARM: the HTTP method, the answer's status, the Event Grid event type on success. */
    public enum Kind {
        WRITE("PUT", "Created", 201, "Microsoft.Resources.ResourceWriteSuccess"),
        DELETE("DELETE", "OK", 200, "Microsoft.Resources.ResourceDeleteSuccess"),
        ACTION("POST", "Accepted", 202, "Microsoft.Resources.ResourceActionSuccess");

        private final String method;
        private final String statusCode;
        private final int httpStatus;
        private final String eventGridType;

        Kind(String method, String statusCode, int httpStatus, String eventGridType) {
            this.method = method;
            this.statusCode = statusCode;
            this.httpStatus = httpStatus;
            this.eventGridType = eventGridType;
        }

        public String method() {
            return method;
        }

        /** {@code properties.statusCode} of the Succeeded event: {@code Created}, {@code OK}, {@code Accepted}. */
        public String statusCode() {
            return statusCode;
        }

        /** {@code Created (HTTP Status Code: 201)}: the Succeeded event's {@code subStatus.localizedValue}. */
        public String subStatus() {
            return statusCode + " (HTTP Status Code: " + httpStatus + ")";
        }

        public String eventGridType() {
            return eventGridType;
        }
    }

    /** Reading ARM resource ids (case-insensitive keywords). */
    static final class ResourceIds {

        private ResourceIds() {
        }

        static String subscriptionId(String id) {
            List<String> segments = segments(id);
            return segments.size() >= 2 && segments.get(0).equalsIgnoreCase("subscriptions") ? segments.get(1) : null;
        }

        static String resourceGroup(String id) {
            List<String> segments = segments(id);
            return segments.size() >= 4 && segments.get(2).equalsIgnoreCase("resourceGroups") ? segments.get(3) : null;
        }

        /**
         * {@code Microsoft.Network/networkSecurityGroups/securityRules} for a rule's id: the namespace after the last
         * {@code providers}, then every other segment.
         */
        static String type(String id) {
            List<String> segments = segments(id);
            int providers = -1;
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i).equalsIgnoreCase("providers")) {
                    providers = i;
                }
            }
            if (providers < 0) {
                return segments.size() >= 4 ? "Microsoft.Resources/resourceGroups" : "Microsoft.Resources/subscriptions";
            }
            if (providers + 2 >= segments.size()) {
                throw new IllegalArgumentException("not a resource id: " + id);
            }
            StringBuilder type = new StringBuilder(segments.get(providers + 1));
            for (int i = providers + 2; i < segments.size(); i += 2) {
                type.append('/').append(segments.get(i));
            }
            return type.toString();
        }

        private static List<String> segments(String id) {
            return java.util.Arrays.stream(id.split("/")).filter(segment -> !segment.isEmpty()).toList();
        }
    }
}
