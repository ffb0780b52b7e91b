package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a scale set as {@code Microsoft.Compute/virtualMachineScaleSets} (api-version 2025-04-01)
 * writes it, and a Uniform instance's NIC and public IP as the scale set's NIC list does.
 */
final class ScaleSetJson {

    private ScaleSetJson() {
    }

    static String render(ScaleSetBuilder scaleSet) {
        SubscriptionBuilder subscription = scaleSet.resourceGroup.subscription;
        String id = scaleSet.id();
        return JsonWriter.object(json -> {
            json.field("name", scaleSet.name)
                    .field("id", id)
                    .field("type", "Microsoft.Compute/virtualMachineScaleSets")
                    .field("location", scaleSet.location)
                    .object("tags", tags -> { });
            if (scaleSet.mode == ScaleSetBuilder.Mode.UNIFORM) {
                json.object("sku", sku -> sku.field("name", "Standard_D2s_v5").field("tier", "Standard")
                        .field("capacity", scaleSet.instances.size()));
            }
            json.object("properties", properties -> {
                properties.field("orchestrationMode", scaleSet.mode == ScaleSetBuilder.Mode.UNIFORM ? "Uniform" : "Flexible");
                if (scaleSet.mode == ScaleSetBuilder.Mode.FLEXIBLE) {
                    properties.field("platformFaultDomainCount", 1);
                } else {
                    properties.field("singlePlacementGroup", true)
                            .object("upgradePolicy", upgrade -> upgrade.field("mode", "Manual"))
                            .field("overprovision", false)
                            .object("virtualMachineProfile", profile -> virtualMachineProfile(profile, scaleSet, subscription));
                }
                properties.field("provisioningState", "Succeeded")
                        .field("uniqueId", Deterministic.guid("uniqueId" + id))
                        .field("timeCreated", Deterministic.timestamp(id));
            });
        });
    }

    private static void virtualMachineProfile(JsonWriter profile, ScaleSetBuilder scaleSet, SubscriptionBuilder subscription) {
        boolean windows = scaleSet.os == OsKind.WINDOWS;
        profile.object("osProfile", os -> {
            os.field("computerNamePrefix", scaleSet.name.toLowerCase(Locale.ROOT).replace("-", ""))
                    .field("adminUsername", "azureuser");
            if (windows) {
                os.object("windowsConfiguration", config -> config.field("provisionVMAgent", true).field("enableAutomaticUpdates", true));
            } else {
                os.object("linuxConfiguration", config -> config.field("disablePasswordAuthentication", true).field("provisionVMAgent", true));
            }
        });
        profile.object("storageProfile", storage -> storage
                .object("osDisk", disk -> disk.field("osType", windows ? "Windows" : "Linux").field("createOption", "FromImage")
                        .field("caching", "ReadWrite").object("managedDisk", managed -> managed.field("storageAccountType", "Premium_LRS")))
                .object("imageReference", image -> image
                        .field("publisher", windows ? "MicrosoftWindowsServer" : "Canonical")
                        .field("offer", windows ? "WindowsServer" : "ubuntu-24_04-lts")
                        .field("sku", windows ? "2022-datacenter-azure-edition" : "server")
                        .field("version", "latest")));
        profile.object("networkProfile", network -> network.array("networkInterfaceConfigurations", configs -> configs.beginObject()
                .field("name", scaleSet.nicConfigurationName())
                .object("properties", nic -> {
                    nic.field("primary", true).field("enableAcceleratedNetworking", false).field("enableIPForwarding", false);
                    if (scaleSet.nsg != null) {
                        nic.idReference("networkSecurityGroup", subscription.reference(scaleSet.nsg.id()));
                    }
                    nic.array("ipConfigurations", ips -> ips.beginObject()
                            .field("name", "ipconfig1")
                            .object("properties", ip -> {
                                ip.field("primary", true)
                                        .idReference("subnet", subscription.reference(scaleSet.subnet.id()))
                                        .field("privateIPAddressVersion", "IPv4");
                                if (scaleSet.publicIpPerInstance) {
                                    ip.object("publicIPAddressConfiguration", pip -> pip
                                            .field("name", scaleSet.name + "-pip")
                                            .object("properties", p -> p.field("idleTimeoutInMinutes", 4).array("ipTags", tags -> { }))
                                            .object("sku", sku -> sku.field("name", "Standard").field("tier", "Regional")));
                                }
                                references(ip, "loadBalancerBackendAddressPools",
                                        scaleSet.pools.stream().map(pool -> subscription.reference(pool.id())).toList());
                                references(ip, "loadBalancerInboundNatPools",
                                        scaleSet.natPools.stream().map(pool -> subscription.reference(pool.id())).toList());
                            })
                            .endObject());
                })
                .endObject()));
    }

    /** One instance's NIC, as {@code …/virtualMachineScaleSets/{n}/networkInterfaces} lists it. */
    static String instanceNic(ScaleSetBuilder scaleSet, ScaleSetBuilder.Instance instance) {
        SubscriptionBuilder subscription = scaleSet.resourceGroup.subscription;
        String id = scaleSet.instanceNicId(instance);
        return JsonWriter.object(json -> json
                .field("name", scaleSet.nicConfigurationName())
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("location", scaleSet.location)
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded")
                            .idReference("virtualMachine", subscription.reference(scaleSet.id() + "/virtualMachines/" + instance.index()))
                            .field("primary", true);
                    if (scaleSet.nsg != null) {
                        properties.idReference("networkSecurityGroup", subscription.reference(scaleSet.nsg.id()));
                    }
                    properties.array("ipConfigurations", configs -> configs.beginObject()
                            .field("name", "ipconfig1")
                            .field("id", scaleSet.instanceIpConfigurationId(instance))
                            .field("etag", Deterministic.etag(id))
                            .object("properties", ip -> {
                                ip.field("provisioningState", "Succeeded")
                                        .field("privateIPAddress", instance.privateIp())
                                        .field("privateIPAllocationMethod", "Dynamic")
                                        .idReference("subnet", subscription.reference(scaleSet.subnet.id()))
                                        .field("primary", true)
                                        .field("privateIPAddressVersion", "IPv4");
                                if (instance.publicIp() != null) {
                                    ip.idReference("publicIPAddress", subscription.reference(scaleSet.instancePublicIpId(instance)));
                                }
                                references(ip, "loadBalancerBackendAddressPools",
                                        scaleSet.pools.stream().map(pool -> subscription.reference(pool.id())).toList());
                            })
                            .endObject());
                }));
    }

    /** One instance's public IP, served by id (the subscription's public IP list does not hold it). */
    static String instancePublicIp(ScaleSetBuilder scaleSet, ScaleSetBuilder.Instance instance) {
        String id = scaleSet.instancePublicIpId(instance);
        return JsonWriter.object(json -> json
                .field("name", scaleSet.name + "-pip")
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("location", scaleSet.location)
                .object("sku", sku -> sku.field("name", "Standard").field("tier", "Regional"))
                .object("properties", properties -> properties
                        .field("provisioningState", "Succeeded")
                        .field("ipAddress", instance.publicIp())
                        .field("publicIPAddressVersion", "IPv4")
                        .field("publicIPAllocationMethod", "Static")
                        .field("idleTimeoutInMinutes", 4)
                        .idReference("ipConfiguration", scaleSet.resourceGroup.subscription.reference(scaleSet.instanceIpConfigurationId(instance)))));
    }

    private static void references(JsonWriter properties, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            properties.idReferences(name, ids);
        }
    }
}
