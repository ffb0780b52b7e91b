package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;

/** Renders an NSG as {@code Microsoft.Network/networkSecurityGroups} (api-version 2025-03-01) writes it. */
final class NetworkSecurityGroupJson {

    private static final List<SecurityRule> DEFAULT_RULES = SecurityRule.defaults();

    private NetworkSecurityGroupJson() {
    }

    /** @param networkInterfaceIds and {@code subnetIds}: the back-references, as the subscription writes them */
    static String render(NsgBuilder nsg, List<String> networkInterfaceIds, List<String> subnetIds) {
        String id = nsg.id();
        String etag = Deterministic.etag(id);
        return JsonWriter.object(json -> {
            json.field("name", nsg.name)
                    .field("id", id)
                    .field("etag", etag)
                    .field("type", "Microsoft.Network/networkSecurityGroups")
                    .field("location", nsg.location)
                    .object("tags", tags -> { })
                    .object("properties", properties -> {
                        properties.field("provisioningState", "Succeeded")
                                .field("resourceGuid", Deterministic.guid("resourceGuid" + id))
                                .array("securityRules", rules -> nsg.rules.forEach(rule -> rule(rules, id, etag, "securityRules", rule)))
                                .array("defaultSecurityRules", rules -> DEFAULT_RULES.forEach(rule -> rule(rules, id, etag, "defaultSecurityRules", rule)));
                        if (!networkInterfaceIds.isEmpty()) {
                            properties.idReferences("networkInterfaces", networkInterfaceIds);
                        }
                        if (!subnetIds.isEmpty()) {
                            properties.idReferences("subnets", subnetIds);
                        }
                    });
        });
    }

    /** One rule of {@code securityRules}, as the NSG's JSON and {@code GET {nsg}/securityRules/{name}} write it. */
    static String renderRule(String nsgId, String etag, SecurityRule rule) {
        JsonWriter json = new JsonWriter();
        rule(json, nsgId, etag, "securityRules", rule);
        return json.toString();
    }

    /** Rules share their NSG's etag, as in ARM. */
    private static void rule(JsonWriter rules, String nsgId, String etag, String collection, SecurityRule rule) {
        String id = nsgId + "/" + collection + "/" + rule.name;
        rules.beginObject()
                .field("name", rule.name)
                .field("id", id)
                .field("etag", etag)
                .field("type", "Microsoft.Network/networkSecurityGroups/" + collection)
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded")
                            .optionalField("description", rule.description)
                            .field("protocol", rule.protocol)
                            .field("sourcePortRange", "*");
                    singular(properties, "destinationPortRange", rule.destinationPort, rule.emptySingularFields);
                    if (rule.sourceAsgIds.isEmpty()) {
                        singular(properties, "sourceAddressPrefix", rule.sourcePrefix, rule.emptySingularFields);
                    }
                    if (rule.destinationAsgIds.isEmpty()) {
                        singular(properties, "destinationAddressPrefix", rule.destinationPrefix, rule.emptySingularFields);
                    }
                    properties.field("access", rule.allow ? "Allow" : "Deny")
                            .field("priority", rule.priority)
                            .field("direction", rule.inbound ? "Inbound" : "Outbound")
                            .stringArray("sourcePortRanges", List.of())
                            .stringArray("destinationPortRanges", rule.destinationPorts)
                            .stringArray("sourceAddressPrefixes", rule.sourcePrefixes)
                            .stringArray("destinationAddressPrefixes", rule.destinationPrefixes);
                    if (!rule.sourceAsgIds.isEmpty()) {
                        properties.idReferences("sourceApplicationSecurityGroups", rule.sourceAsgIds);
                    }
                    if (!rule.destinationAsgIds.isEmpty()) {
                        properties.idReferences("destinationApplicationSecurityGroups", rule.destinationAsgIds);
                    }
                })
                .endObject();
    }

    private static void singular(JsonWriter properties, String name, String value, boolean emptyWhenUnused) {
        if (value != null) {
            properties.field(name, value);
        } else if (emptyWhenUnused) {
            properties.field(name, "");
        }
    }
}
