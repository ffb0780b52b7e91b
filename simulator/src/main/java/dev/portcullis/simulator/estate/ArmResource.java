package dev.portcullis.simulator.estate;

import java.util.Locale;

/**
 * One resource as served: its id, where it lives (for scoped lists) and its JSON, rendered once
 * when the estate is built.
 *
 * @param type {@code null} for sub-resources that are only served by id (subnets)
 * @param location {@code null} when the resource has none (pricings)
 */
public record ArmResource(
        String id, ResourceType type, String subscriptionId, String resourceGroup, String location, String json) {

    /** The id lower-cased, the key ARM's case-insensitive lookups use. */
    public String key() {
        return key(id);
    }

    /**
     * Lower-cased, with {@code %2F} read as {@code /}: ids write a slash inside a name as
     * {@code %2F}, which a request path arrives with either decoded or not.
     */
    public static String key(String id) {
        return id.replace("%2F", "/").replace("%2f", "/").toLowerCase(Locale.ROOT);
    }

    public boolean inResourceGroup(String name) {
        return resourceGroup != null && resourceGroup.equalsIgnoreCase(name);
    }

    public boolean inLocation(String name) {
        return location != null && location.equalsIgnoreCase(name);
    }
}
