package dev.portcullis.engine.inventory;

import java.util.Locale;

/** ARM resource ids are case-insensitive: match on the key, display the original. */
public final class ArmIds {

    private ArmIds() {
    }

    /** The form of an ARM id used for matching: lower-cased, no trailing slash. */
    public static String key(String armId) {
        if (armId == null) {
            return null;
        }
        String trimmed = armId.endsWith("/") ? armId.substring(0, armId.length() - 1) : armId;
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** The value after {@code segment} in an ARM id ({@code resourceGroups} → the group name), or null. */
    public static String segmentAfter(String armId, String segment) {
        if (armId == null) {
            return null;
        }
        String[] parts = armId.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase(segment)) {
                return parts[i + 1];
            }
        }
        return null;
    }

    /** The resource group an ARM id names, or "" when it names none (a subscription-level id). */
    public static String resourceGroupOf(String armId) {
        String group = segmentAfter(armId, "resourceGroups");
        return group == null ? "" : group;
    }

    /**
     * The resource type an ARM id names: the provider namespace and each type segment after it
     * ({@code Microsoft.Compute/virtualMachines}, {@code Microsoft.Network/networkSecurityGroups/securityRules}), the
     * innermost provider's when the id nests one; {@code Microsoft.Resources/subscriptions} or
     * {@code Microsoft.Resources/resourceGroups} for an id that names no provider; null for null.
     */
    public static String resourceType(String armId) {
        if (armId == null) {
            return null;
        }
        String[] parts = armId.replaceAll("^/+|/+$", "").split("/");
        int provider = -1;
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase("providers")) {
                provider = i + 1;
            }
        }
        if (provider < 0) {
            return parts.length > 2 ? "Microsoft.Resources/resourceGroups" : "Microsoft.Resources/subscriptions";
        }
        StringBuilder type = new StringBuilder(parts[provider]);
        for (int i = provider + 1; i < parts.length; i += 2) {
            type.append('/').append(parts[i]);
        }
        return type.toString();
    }

    /** The last segment of an ARM id: the resource's name. */
    public static String lastSegment(String armId) {
        if (armId == null) {
            return null;
        }
        String trimmed = armId.endsWith("/") ? armId.substring(0, armId.length() - 1) : armId;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
