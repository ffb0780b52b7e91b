package dev.portcullis.simulator.estate;

import java.util.Optional;

/**
 * The ARM resource types the simulator lists and serves by id. A subscription without resources of
 * a type answers its list with {@code {"value":[]}}. Children listed under one resource (a firewall
 * policy's rule collection groups, a scale set's NICs) are {@link ArmCatalog#childList child lists}.
 */
public enum ResourceType {
    VIRTUAL_MACHINES("Microsoft.Compute", "virtualMachines", ListScope.RESOURCE_GROUP),
    NETWORK_INTERFACES("Microsoft.Network", "networkInterfaces", ListScope.RESOURCE_GROUP),
    NETWORK_SECURITY_GROUPS("Microsoft.Network", "networkSecurityGroups", ListScope.RESOURCE_GROUP),
    PUBLIC_IP_ADDRESSES("Microsoft.Network", "publicIPAddresses", ListScope.RESOURCE_GROUP),
    VIRTUAL_NETWORKS("Microsoft.Network", "virtualNetworks", ListScope.RESOURCE_GROUP),
    /** At most 5 a page: a load balancer of the large estate lists 100 pool members and their rules (~30 kB). */
    LOAD_BALANCERS("Microsoft.Network", "loadBalancers", ListScope.RESOURCE_GROUP, 5),
    AZURE_FIREWALLS("Microsoft.Network", "azureFirewalls", ListScope.RESOURCE_GROUP),
    FIREWALL_POLICIES("Microsoft.Network", "firewallPolicies", ListScope.RESOURCE_GROUP),
    VIRTUAL_MACHINE_SCALE_SETS("Microsoft.Compute", "virtualMachineScaleSets", ListScope.RESOURCE_GROUP),
    JIT_NETWORK_ACCESS_POLICIES("Microsoft.Security", "jitNetworkAccessPolicies", ListScope.RESOURCE_GROUP_AND_LOCATION),
    PRICINGS("Microsoft.Security", "pricings", ListScope.SUBSCRIPTION_ONLY);

    /** Where a type can be listed besides the whole subscription. */
    public enum ListScope {
        SUBSCRIPTION_ONLY,
        RESOURCE_GROUP,
        RESOURCE_GROUP_AND_LOCATION
    }

    private final String namespace;
    private final String typeName;
    private final ListScope listScope;
    private final int maxPageSize;

    ResourceType(String namespace, String typeName, ListScope listScope) {
        this(namespace, typeName, listScope, Integer.MAX_VALUE);
    }

    ResourceType(String namespace, String typeName, ListScope listScope, int maxPageSize) {
        this.namespace = namespace;
        this.typeName = typeName;
        this.listScope = listScope;
        this.maxPageSize = maxPageSize;
    }

    /** Items a list page holds at most, whatever the server's page size. */
    public int maxPageSize() {
        return maxPageSize;
    }

    public String namespace() {
        return namespace;
    }

    public String typeName() {
        return typeName;
    }

    /** {@code Microsoft.Compute/virtualMachines}, as it appears in resource ids. */
    public String providerPath() {
        return namespace + "/" + typeName;
    }

    public boolean listableByResourceGroup() {
        return listScope != ListScope.SUBSCRIPTION_ONLY;
    }

    public boolean listableByLocation() {
        return listScope == ListScope.RESOURCE_GROUP_AND_LOCATION;
    }

    public static Optional<ResourceType> find(String namespace, String typeName) {
        for (ResourceType type : values()) {
            if (type.namespace.equalsIgnoreCase(namespace) && type.typeName.equalsIgnoreCase(typeName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
