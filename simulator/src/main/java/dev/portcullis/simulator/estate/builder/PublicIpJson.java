package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;

/** Renders a public IP as {@code Microsoft.Network/publicIPAddresses} (api-version 2025-03-01) writes it. */
final class PublicIpJson {

    private PublicIpJson() {
    }

    static String render(PublicIpBuilder ip) {
        String id = ip.id();
        return JsonWriter.object(json -> json
                .field("name", ip.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("location", ip.location)
                .object("tags", tags -> { })
                .object("sku", sku -> sku.field("name", ip.sku.armName()).field("tier", "Regional"))
                .field("type", "Microsoft.Network/publicIPAddresses")
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded")
                            .field("resourceGuid", Deterministic.guid("resourceGuid" + id))
                            .field("ipAddress", ip.address)
                            .field("publicIPAddressVersion", ip.version)
                            .field("publicIPAllocationMethod", ip.sku.allocationMethod())
                            .field("idleTimeoutInMinutes", 4)
                            .array("ipTags", tags -> { });
                    if (ip.ipConfigurationId != null) {
                        properties.idReference("ipConfiguration", ip.ipConfigurationId);
                    }
                    if (ip.sku == PublicIpSku.STANDARD) {
                        properties.object("ddosSettings", ddos -> ddos.field("protectionMode", "VirtualNetworkInherited"));
                    }
                }));
    }
}
