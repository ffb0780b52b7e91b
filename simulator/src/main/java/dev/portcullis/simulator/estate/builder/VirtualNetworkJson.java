package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;
import java.util.Map;

/** Renders a VNet and its subnets as {@code Microsoft.Network/virtualNetworks} (api-version 2025-03-01) writes them. */
final class VirtualNetworkJson {

    private VirtualNetworkJson() {
    }

    /** @param subnetJson each subnet already rendered by {@link #renderSubnet} */
    static String render(VirtualNetworkBuilder vnet, Map<SubnetBuilder, String> subnetJson) {
        String id = vnet.id();
        return JsonWriter.object(json -> json
                .field("name", vnet.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("type", "Microsoft.Network/virtualNetworks")
                .field("location", vnet.location)
                .object("tags", tags -> { })
                .object("properties", properties -> properties
                        .field("provisioningState", "Succeeded")
                        .field("resourceGuid", Deterministic.guid("resourceGuid" + id))
                        .object("addressSpace", space -> space.stringArray("addressPrefixes", vnet.ipv6AddressSpace == null
                                ? List.of(vnet.addressSpace) : List.of(vnet.addressSpace, vnet.ipv6AddressSpace)))
                        .array("subnets", subnets -> vnet.subnets.forEach(subnet -> subnets.rawValue(subnetJson.get(subnet))))
                        .array("virtualNetworkPeerings", peerings -> { })
                        .field("enableDdosProtection", false)));
    }

    static String renderSubnet(SubnetBuilder subnet) {
        SubscriptionBuilder subscription = subnet.virtualNetwork.resourceGroup.subscription;
        String id = subnet.id();
        return JsonWriter.object(json -> json
                .field("name", subnet.name)
                .field("id", id)
                .field("etag", Deterministic.etag(subnet.virtualNetwork.id()))
                .field("type", "Microsoft.Network/virtualNetworks/subnets")
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded");
                    if (subnet.ipv6Addresses != null) {
                        properties.stringArray("addressPrefixes", List.of(subnet.cidr(), subnet.ipv6Addresses.prefix()));
                    } else if (subnet.addressPrefixAsList) {
                        properties.stringArray("addressPrefixes", List.of(subnet.cidr()));
                    } else {
                        properties.field("addressPrefix", subnet.cidr());
                    }
                    if (subnet.nsg != null) {
                        properties.idReference("networkSecurityGroup", subscription.reference(subnet.nsg.id()));
                    }
                    List<String> ipConfigurations = subnet.networkInterfaces.stream()
                            .filter(nic -> nic.vm.exists())
                            .flatMap(nic -> nic.ipConfigurationIds().stream())
                            .map(subscription::reference)
                            .toList();
                    if (!ipConfigurations.isEmpty()) {
                        properties.idReferences("ipConfigurations", ipConfigurations);
                    }
                    properties.array("delegations", delegations -> { })
                            .field("privateEndpointNetworkPolicies", "Disabled")
                            .field("privateLinkServiceNetworkPolicies", "Enabled");
                }));
    }
}
