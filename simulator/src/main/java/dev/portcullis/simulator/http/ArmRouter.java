package dev.portcullis.simulator.http;

import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.groups.ManagementGroups;
import dev.portcullis.simulator.estate.ResourceType;
import dev.portcullis.simulator.estate.ServedTime;
import java.time.Clock;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps ARM paths to the estate, case-insensitively: subscriptions, resource groups, lists at
 * subscription, resource-group and location scope, single resources by id, and the children listed
 * under a resource.
 */
final class ArmRouter {

    private final Supplier<ArmCatalog> catalog;
    private final ListPager pager;
    private final ManagementGroups managementGroups;
    private final Clock clock;

    ArmRouter(Supplier<ArmCatalog> catalog, ListPager pager, ManagementGroups managementGroups, Clock clock) {
        this.clock = clock;
        this.managementGroups = managementGroups;
        this.catalog = catalog;
        this.pager = pager;
    }

    ArmResponse route(ArmRequest request) {
        if (request.apiVersion() == null) {
            return ArmErrors.missingApiVersion();
        }
        if (!"GET".equals(request.method())) {
            return ArmErrors.methodNotAllowed(request.method());
        }
        ArmCatalog estate = catalog.get();
        List<String> segments = request.segments();
        if (segments.size() == 1 && request.segmentIs(0, "tenants")) {
            return pager.page(request, estate.tenantsJson());
        }
        if (segments.size() == 5 && request.segmentIs(0, "providers")
                && request.segmentIs(1, "Microsoft.Management") && request.segmentIs(2, "managementGroups")
                && request.segmentIs(4, "descendants")) {
            return managementGroups.descendantsJson(segments.get(3)).map(items -> pager.page(request, items))
                    .orElseGet(() -> ArmResponse.error(404, "ManagementGroupNotFound",
                            "Management group '" + segments.get(3) + "' was not found."));
        }
        if (!request.segmentIs(0, "subscriptions")) {
            return ArmErrors.notFound(request.path());
        }
        if (segments.size() == 1) {
            return pager.page(request, estate.subscriptionsJson());
        }
        String subscriptionId = segments.get(1);
        Optional<String> subscription = estate.subscriptionJson(subscriptionId);
        if (subscription.isEmpty()) {
            return ArmErrors.subscriptionNotFound(subscriptionId);
        }
        if (segments.size() == 2) {
            return ArmResponse.ok(subscription.get());
        }
        Optional<ArmResponse> resource = estate.find(request.path())
                .map(found -> ArmResponse.ok(ServedTime.resolve(found.json(), clock.instant())));
        if (resource.isPresent()) {
            return resource.get();
        }
        Optional<List<String>> children = estate.childList(request.path());
        if (children.isPresent()) {
            return pager.page(request, servedNow(children.get()));
        }
        if (request.segmentIs(2, "resourceGroups")) {
            return inResourceGroup(request, estate, subscriptionId);
        }
        if (request.segmentIs(2, "providers")) {
            return underProvider(request, estate, subscriptionId, null, 3);
        }
        return ArmErrors.notFound(request.path());
    }

    private ArmResponse inResourceGroup(ArmRequest request, ArmCatalog estate, String subscriptionId) {
        List<String> segments = request.segments();
        if (segments.size() == 3) {
            return pager.page(request, estate.resourceGroupsJson(subscriptionId));
        }
        String resourceGroup = segments.get(3);
        Optional<String> group = estate.resourceGroupJson(subscriptionId, resourceGroup);
        if (group.isEmpty()) {
            return ArmErrors.resourceGroupNotFound(resourceGroup);
        }
        if (segments.size() == 4) {
            return ArmResponse.ok(group.get());
        }
        if (!request.segmentIs(4, "providers")) {
            return ArmErrors.notFound(request.path());
        }
        return underProvider(request, estate, subscriptionId, resourceGroup, 5);
    }

    /**
     * {@code {namespace}/{type}}, {@code {namespace}/locations/{location}/{type}}, each optionally
     * followed by a name: a list, or a resource that {@link ArmCatalog#find} did not know.
     */
    private ArmResponse underProvider(
            ArmRequest request, ArmCatalog estate, String subscriptionId, String resourceGroup, int namespaceIndex) {
        List<String> segments = request.segments();
        if (segments.size() < namespaceIndex + 2) {
            return ArmErrors.notFound(request.path());
        }
        String namespace = segments.get(namespaceIndex);
        int typeIndex = namespaceIndex + 1;
        String location = null;
        if (request.segmentIs(typeIndex, "locations") && segments.size() > typeIndex + 2) {
            location = segments.get(typeIndex + 1);
            typeIndex += 2;
        }
        String typeName = segments.get(typeIndex);
        Optional<ResourceType> type = ResourceType.find(namespace, typeName)
                .filter(found -> resourceGroup == null || found.listableByResourceGroup());
        if (type.isEmpty()) {
            return ArmErrors.invalidResourceType(namespace, typeName, request.apiVersion());
        }
        boolean locationAllowed = type.get().listableByLocation();
        if (segments.size() == typeIndex + 1) {
            if (location != null && !locationAllowed) {
                return ArmErrors.invalidResourceType(namespace, "locations/" + typeName, request.apiVersion());
            }
            return pager.page(request, servedNow(estate.list(subscriptionId, resourceGroup, location, type.get())),
                    type.get().maxPageSize());
        }
        String name = String.join("/", segments.subList(typeIndex + 1, segments.size()));
        return ArmErrors.resourceNotFound(type.get().providerPath(), name, resourceGroup);
    }

    /** The items as served now: times relative to the moment served filled in, item by item as the page reads them. */
    private List<String> servedNow(List<String> items) {
        Instant now = clock.instant();
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return ServedTime.resolve(items.get(index), now);
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }
}
