package dev.portcullis.simulator.estate.builder;

import java.util.Locale;

/** ARM resource ids in ARM's canonical casing. */
public final class ArmIds {

    private static final String RESOURCE_GROUPS = "/resourceGroups/";

    private ArmIds() {
    }

    public static String subscription(String subscriptionId) {
        return "/subscriptions/" + subscriptionId;
    }

    public static String resourceGroup(String subscriptionId, String resourceGroup) {
        return subscription(subscriptionId) + RESOURCE_GROUPS + resourceGroup;
    }

    /**
     * {@code providerPath} as in {@code Microsoft.Compute/virtualMachines}. A {@code /} in the name
     * (no real ARM name has one) is written {@code %2F}, so the id keeps ARM's shape and parses.
     */
    public static String resource(String subscriptionId, String resourceGroup, String providerPath, String name) {
        return resourceGroup(subscriptionId, resourceGroup) + "/providers/" + providerPath + "/" + name.replace("/", "%2F");
    }

    public static String jitPolicy(String subscriptionId, String resourceGroup, String location, String name) {
        return resourceGroup(subscriptionId, resourceGroup)
                + "/providers/Microsoft.Security/locations/" + location + "/jitNetworkAccessPolicies/" + name;
    }

    public static String pricing(String subscriptionId, String name) {
        return subscription(subscriptionId) + "/providers/Microsoft.Security/pricings/" + name;
    }

    /**
     * The same id with its resource group upper-cased, as ARM often writes references between
     * resources ({@code /resourceGroups/RG-WEB/...}).
     */
    public static String withUpperCaseResourceGroup(String id) {
        int start = id.indexOf(RESOURCE_GROUPS);
        if (start < 0) {
            return id;
        }
        start += RESOURCE_GROUPS.length();
        int end = id.indexOf('/', start);
        end = end < 0 ? id.length() : end;
        return id.substring(0, start) + id.substring(start, end).toUpperCase(Locale.ROOT) + id.substring(end);
    }
}
