package dev.portcullis.simulator.http;

import dev.portcullis.simulator.change.ActivityEvent;
import dev.portcullis.simulator.change.ActivityLog;
import dev.portcullis.simulator.change.ActivityLogFilter;
import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.estate.ArmResource;
import dev.portcullis.simulator.json.JsonNode;
import dev.portcullis.simulator.groups.ManagementGroups;
import dev.portcullis.simulator.estate.ResourceType;
import dev.portcullis.simulator.estate.ServedTime;
import java.time.Clock;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
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
    /** {@code null}: the activity log answers 404. */
    private final ActivityLog activityLog;

    ArmRouter(Supplier<ArmCatalog> catalog, ListPager pager, ManagementGroups managementGroups, Clock clock,
              ActivityLog activityLog) {
        this.clock = clock;
        this.activityLog = activityLog;
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
        if (isActivityLog(request) && activityLog != null) {
            return activityLog(request, subscriptionId);
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
        Optional<ArmResponse> rules = securityRules(request, estate);
        if (rules.isPresent()) {
            return rules.get();
        }
        if (request.segmentIs(2, "resourceGroups")) {
            return inResourceGroup(request, estate, subscriptionId);
        }
        if (request.segmentIs(2, "providers")) {
            return underProvider(request, estate, subscriptionId, null, 3);
        }
        return ArmErrors.notFound(request.path());
    }

    /** {@code /subscriptions/{s}/providers/Microsoft.Insights/eventtypes/management/values}. */
    private static boolean isActivityLog(ArmRequest request) {
        return request.segments().size() == 7 && request.segmentIs(2, "providers")
                && request.segmentIs(3, "Microsoft.Insights") && request.segmentIs(4, "eventtypes")
                && request.segmentIs(5, "management") && request.segmentIs(6, "values");
    }

    /** The subscription's arrived events matching {@code $filter}, newest first, paged like every list. */
    private ArmResponse activityLog(ArmRequest request, String subscriptionId) {
        ActivityLogFilter filter;
        try {
            filter = ActivityLogFilter.parse(request.parameter("$filter"));
        } catch (IllegalArgumentException e) {
            return ArmResponse.error(400, "BadRequest", e.getMessage());
        }
        List<ActivityEvent> events = activityLog.query(subscriptionId, filter);
        return pager.page(request, new AbstractList<>() {
            @Override
            public String get(int index) {
                return events.get(index).json();
            }

            @Override
            public int size() {
                return events.size();
            }
        });
    }

    /**
     * {@code {nsg id}/securityRules} and {@code {nsg id}/securityRules/{name}}: the rules as the NSG's own JSON holds
     * them (so a rule a change added is served the same way).
     */
    private Optional<ArmResponse> securityRules(ArmRequest request, ArmCatalog estate) {
        List<String> segments = request.segments();
        int at = request.segmentIs(segments.size() - 1, "securityRules") ? segments.size() - 1
                : request.segmentIs(segments.size() - 2, "securityRules") ? segments.size() - 2 : -1;
        if (at < 2 || !request.segmentIs(at - 2, "networkSecurityGroups")) {
            return Optional.empty();
        }
        String nsgId = "/" + String.join("/", segments.subList(0, at));
        Optional<ArmResource> nsg = estate.find(nsgId);
        if (nsg.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> rules = JsonNode.parse(nsg.get().json()).at("properties", "securityRules")
                .map(JsonNode::elements).orElse(List.of());
        if (at == segments.size() - 1) {
            List<String> json = new ArrayList<>();
            rules.forEach(rule -> json.add(rule.raw()));
            return Optional.of(pager.page(request, json));
        }
        String name = segments.get(segments.size() - 1);
        return Optional.of(rules.stream().filter(rule -> rule.text("name").filter(name::equalsIgnoreCase).isPresent())
                .findFirst().map(rule -> ArmResponse.ok(rule.raw()))
                .orElseGet(() -> ArmResponse.error(404, "NotFound",
                        "Resource " + nsgId + "/securityRules/" + name + " not found.")));
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
