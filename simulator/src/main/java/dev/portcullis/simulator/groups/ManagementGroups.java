package dev.portcullis.simulator.groups;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated management-group hierarchy: groups with a parent and the subscriptions placed directly in them,
 * served as ARM's {@code GET /providers/Microsoft.Management/managementGroups/{id}/descendants}.
 */
public final class ManagementGroups {

    private static final String PREFIX = "/providers/Microsoft.Management/managementGroups/";

    private record Group(String id, String displayName, String parentId, List<String> subscriptionIds) {
    }

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    /** Places (or moves) a group under a parent (null for the tenant root) with these subscriptions directly in it. */
    public void put(String groupId, String displayName, String parentId, List<String> subscriptionIds) {
        groups.put(key(groupId), new Group(groupId, displayName, parentId, List.copyOf(subscriptionIds)));
    }

    public void clear() {
        groups.clear();
    }

    /** Every group and subscription below the group, as ARM lists them; empty when there is no such group. */
    public Optional<List<String>> descendantsJson(String groupId) {
        Group root = groups.get(key(groupId));
        if (root == null) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        collect(root, items);
        return Optional.of(items);
    }

    private void collect(Group group, List<String> items) {
        for (String subscriptionId : group.subscriptionIds()) {
            items.add(item(PREFIX + group.id() + "/subscriptions/" + subscriptionId,
                    "Microsoft.Management/managementGroups/subscriptions", subscriptionId, subscriptionId, group.id()));
        }
        for (Group child : groups.values()) {
            if (child.parentId() != null && child.parentId().equalsIgnoreCase(group.id())) {
                items.add(item(PREFIX + child.id(), "Microsoft.Management/managementGroups", child.id(),
                        child.displayName(), group.id()));
                collect(child, items);
            }
        }
    }

    private static String item(String id, String type, String name, String displayName, String parentId) {
        return JsonWriter.object(json -> json.field("id", id).field("type", type).field("name", name)
                .object("properties", properties -> properties.field("displayName", displayName)
                        .object("parent", parent -> parent.field("id", PREFIX + parentId))));
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
