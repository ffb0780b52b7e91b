package dev.portcullis.simulator.estate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The estate as the HTTP layer serves it: pre-rendered JSON, indexed by lower-cased id and listed
 * per subscription and type in a stable order. Immutable once built.
 */
public final class ArmCatalog {

    private final List<String> tenants;
    private final Map<String, String> subscriptions;
    private final Map<String, Map<String, String>> resourceGroups;
    private final Map<String, Map<ResourceType, List<ArmResource>>> lists;
    private final Map<String, ArmResource> byId;
    private final Map<String, List<ArmResource>> childLists;

    private ArmCatalog(Builder builder) {
        this.childLists = Collections.unmodifiableMap(builder.childLists);
        this.tenants = List.copyOf(builder.tenants);
        this.subscriptions = Collections.unmodifiableMap(builder.subscriptions);
        this.resourceGroups = Collections.unmodifiableMap(builder.resourceGroups);
        this.lists = Collections.unmodifiableMap(builder.lists);
        this.byId = Collections.unmodifiableMap(builder.byId);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> tenantsJson() {
        return tenants;
    }

    public List<String> subscriptionsJson() {
        return List.copyOf(subscriptions.values());
    }

    public Optional<String> subscriptionJson(String subscriptionId) {
        return Optional.ofNullable(subscriptions.get(lower(subscriptionId)));
    }

    public List<String> resourceGroupsJson(String subscriptionId) {
        return List.copyOf(resourceGroups.getOrDefault(lower(subscriptionId), Map.of()).values());
    }

    public Optional<String> resourceGroupJson(String subscriptionId, String resourceGroup) {
        return Optional.ofNullable(
                resourceGroups.getOrDefault(lower(subscriptionId), Map.of()).get(lower(resourceGroup)));
    }

    /** Resources of one type in a subscription, as JSON, without copying. */
    public List<String> list(String subscriptionId, ResourceType type) {
        return jsonView(resources(subscriptionId, type));
    }

    /**
     * Resources of one type in a subscription, narrowed to a resource group and/or a location when
     * those are not {@code null}.
     */
    public List<String> list(String subscriptionId, String resourceGroup, String location, ResourceType type) {
        if (resourceGroup == null && location == null) {
            return list(subscriptionId, type);
        }
        List<String> json = new ArrayList<>();
        for (ArmResource resource : resources(subscriptionId, type)) {
            if ((resourceGroup == null || resource.inResourceGroup(resourceGroup))
                    && (location == null || resource.inLocation(location))) {
                json.add(resource.json());
            }
        }
        return json;
    }

    /** Resources of one type in a subscription, with their metadata. */
    public List<ArmResource> resources(String subscriptionId, ResourceType type) {
        return lists.getOrDefault(lower(subscriptionId), Map.of()).getOrDefault(type, List.of());
    }

    /** Every resource served by id, including sub-resources such as subnets. */
    public Iterable<ArmResource> allResources() {
        return byId.values();
    }

    /**
     * The children listed under a resource, by the list's path ({@code <parent id>/<child type>},
     * e.g. {@code …/firewallPolicies/p/ruleCollectionGroups}), in any case; empty when the parent
     * has none, absent when the path is no child list.
     */
    public Optional<List<String>> childList(String path) {
        List<ArmResource> children = childLists.get(ArmResource.key(path));
        return children == null ? Optional.empty() : Optional.of(jsonView(children));
    }

    public Optional<ArmResource> find(String id) {
        return Optional.ofNullable(byId.get(ArmResource.key(id)));
    }

    /** Both catalogs together; they must not share a subscription. */
    public ArmCatalog merge(ArmCatalog other) {
        Builder merged = new Builder();
        for (ArmCatalog catalog : List.of(this, other)) {
            merged.tenants.addAll(catalog.tenants);
            catalog.subscriptions.forEach((key, json) -> {
                if (merged.subscriptions.put(key, json) != null) {
                    throw new IllegalArgumentException("both estates hold subscription " + key);
                }
            });
            merged.resourceGroups.putAll(catalog.resourceGroups);
            merged.lists.putAll(catalog.lists);
            merged.byId.putAll(catalog.byId);
            merged.childLists.putAll(catalog.childLists);
        }
        return merged.build();
    }

    /**
     * This catalog with one resource served anew (same id, new JSON): by id, in its type's list and in any child
     * list it is in. The rest is shared, not copied, except the index by id.
     *
     * @throws IllegalArgumentException when no resource has that id
     */
    public ArmCatalog replacing(ArmResource updated) {
        ArmResource old = byId.get(updated.key());
        if (old == null) {
            throw new IllegalArgumentException("no resource " + updated.id());
        }
        Builder next = new Builder();
        next.tenants.addAll(tenants);
        next.subscriptions.putAll(subscriptions);
        next.resourceGroups.putAll(resourceGroups);
        next.byId.putAll(byId);
        next.byId.put(updated.key(), updated);
        next.lists.putAll(lists);
        if (old.type() != null) {
            String subscription = lower(old.subscriptionId());
            Map<ResourceType, List<ArmResource>> types = new EnumMap<>(ResourceType.class);
            types.putAll(lists.get(subscription));
            types.put(old.type(), replaced(types.get(old.type()), old, updated));
            next.lists.put(subscription, types);
        }
        childLists.forEach((path, children) -> next.childLists.put(path,
                children.contains(old) ? replaced(children, old, updated) : children));
        return next.build();
    }

    private static List<ArmResource> replaced(List<ArmResource> resources, ArmResource old, ArmResource updated) {
        List<ArmResource> copy = new ArrayList<>(resources);
        copy.replaceAll(resource -> resource == old ? updated : resource);
        return copy;
    }

    private static List<String> jsonView(List<ArmResource> resources) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return resources.get(index).json();
            }

            @Override
            public int size() {
                return resources.size();
            }
        };
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Collects rendered JSON; resources keep the order they are added in. */
    public static final class Builder {
        private final List<String> tenants = new ArrayList<>();
        private final Map<String, String> subscriptions = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> resourceGroups = new HashMap<>();
        private final Map<String, Map<ResourceType, List<ArmResource>>> lists = new HashMap<>();
        private final Map<String, ArmResource> byId = new HashMap<>();
        private final Map<String, List<ArmResource>> childLists = new HashMap<>();

        private Builder() {
        }

        /** Declares the child list {@code <parentId>/<childType>}: it answers even while empty. */
        public Builder childList(String parentId, String childType) {
            childLists.computeIfAbsent(ArmResource.key(parentId + "/" + childType), key -> new ArrayList<>());
            return this;
        }

        /** Adds a child: listed under {@code <parentId>/<childType>} and served by id. */
        public Builder child(String parentId, String childType, ArmResource child) {
            resource(child);
            childLists.computeIfAbsent(ArmResource.key(parentId + "/" + childType), key -> new ArrayList<>()).add(child);
            return this;
        }

        public Builder tenant(String json) {
            tenants.add(json);
            return this;
        }

        public Builder subscription(String subscriptionId, String json) {
            subscriptions.put(lower(subscriptionId), json);
            return this;
        }

        public Builder resourceGroup(String subscriptionId, String name, String json) {
            resourceGroups.computeIfAbsent(lower(subscriptionId), key -> new LinkedHashMap<>()).put(lower(name), json);
            return this;
        }

        /** Adds a resource: listed under its type (when it has one) and served by id. */
        public Builder resource(ArmResource resource) {
            if (byId.putIfAbsent(resource.key(), resource) != null) {
                throw new IllegalArgumentException("duplicate resource id " + resource.id());
            }
            if (resource.type() != null) {
                lists.computeIfAbsent(lower(resource.subscriptionId()), key -> new EnumMap<>(ResourceType.class))
                        .computeIfAbsent(resource.type(), key -> new ArrayList<>())
                        .add(resource);
            }
            return this;
        }

        public ArmCatalog build() {
            return new ArmCatalog(this);
        }
    }
}
