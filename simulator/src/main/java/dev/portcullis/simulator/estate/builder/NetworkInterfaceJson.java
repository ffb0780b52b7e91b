package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;
import java.util.Locale;

/** Renders a NIC as {@code Microsoft.Network/networkInterfaces} (api-version 2025-03-01) writes it. */
final class NetworkInterfaceJson {

    private NetworkInterfaceJson() {
    }

    static String render(NicBuilder nic) {
        SubscriptionBuilder subscription = nic.vm.resourceGroup.subscription;
        String id = nic.id();
        return JsonWriter.object(json -> json
                .field("name", nic.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("type", "Microsoft.Network/networkInterfaces")
                .field("location", nic.vm.location)
                .object("tags", tags -> { })
                .field("kind", "Regular")
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded")
                            .field("resourceGuid", Deterministic.guid("resourceGuid" + id))
                            .array("ipConfigurations", configs -> ipConfiguration(configs, nic, subscription))
                            .object("dnsSettings", dns -> dns
                                    .array("dnsServers", servers -> { })
                                    .array("appliedDnsServers", servers -> { })
                                    .field("internalDomainNameSuffix",
                                            Deterministic.hex32("dns" + nic.subnet.virtualNetwork.id()).toLowerCase(Locale.ROOT)
                                                    + ".lx.internal.cloudapp.net"))
                            .field("macAddress", macAddress(id))
                            .field("vnetEncryptionSupported", false)
                            .field("enableIPForwarding", false)
                            .field("enableAcceleratedNetworking", !"Standard_B2s".equals(nic.vm.size))
                            .field("disableTcpStateTracking", false);
                    if (nic.nsg != null) {
                        properties.idReference("networkSecurityGroup", subscription.reference(nic.nsg.id()));
                    }
                    properties.field("primary", nic.primary)
                            .idReference("virtualMachine", subscription.reference(nic.vm.id()))
                            .array("hostedWorkloads", workloads -> { })
                            .array("tapConfigurations", taps -> { })
                            .field("nicType", "Standard")
                            .field("allowPort25Out", false)
                            .field("auxiliaryMode", "None")
                            .field("auxiliarySku", "None");
                }));
    }

    private static void ipConfiguration(JsonWriter configs, NicBuilder nic, SubscriptionBuilder subscription) {
        ipConfiguration(configs, nic, subscription, "ipconfig1", nic.ipConfigurationId(),
                nic.privateIpInPayload ? nic.privateIp : null, "IPv4", nic.publicIp, nic.membership);
        if (nic.ipv6 != null) {
            ipConfiguration(configs, nic, subscription, "ipconfig-v6", nic.ipv6.id, nic.ipv6.privateIp, "IPv6",
                    nic.ipv6.publicIp, nic.ipv6.membership);
        }
    }

    private static void ipConfiguration(JsonWriter configs, NicBuilder nic, SubscriptionBuilder subscription, String name,
                                        String id, String privateIp, String version, PublicIpBuilder publicIp,
                                        LoadBalancerMembership membership) {
        boolean primary = "IPv4".equals(version);
        configs.beginObject()
                .field("name", name)
                .field("id", id)
                .field("etag", Deterministic.etag(nic.id()))
                .field("type", "Microsoft.Network/networkInterfaces/ipConfigurations")
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded");
                    if (privateIp != null) {
                        properties.field("privateIPAddress", privateIp);
                    }
                    properties.field("privateIPAllocationMethod", "Dynamic");
                    if (publicIp != null) {
                        properties.idReference("publicIPAddress", subscription.reference(publicIp.id()));
                    }
                    properties.idReference("subnet", subscription.reference(nic.subnet.id()))
                            .field("primary", primary)
                            .field("privateIPAddressVersion", version);
                    if (primary && !nic.applicationSecurityGroupIds.isEmpty()) {
                        properties.idReferences("applicationSecurityGroups", nic.applicationSecurityGroupIds);
                    }
                    List<String> pools = membership.poolIds(subscription);
                    if (!pools.isEmpty()) {
                        properties.idReferences("loadBalancerBackendAddressPools", pools);
                    }
                    List<String> natRules = membership.natRuleIds(subscription);
                    if (!natRules.isEmpty()) {
                        properties.idReferences("loadBalancerInboundNatRules", natRules);
                    }
                })
                .endObject();
    }

    private static String macAddress(String id) {
        String hex = Deterministic.hex32("mac" + id);
        return "00-22-48-" + hex.substring(0, 2) + "-" + hex.substring(2, 4) + "-" + hex.substring(4, 6);
    }
}
