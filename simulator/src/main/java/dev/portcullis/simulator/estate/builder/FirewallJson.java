package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.List;

/**
 * Renders Azure Firewall ({@code Microsoft.Network/azureFirewalls}), firewall policies and their rule
 * collection groups (api-version 2024-05-01) as ARM writes them.
 */
final class FirewallJson {

    private FirewallJson() {
    }

    static String firewall(AzureFirewallBuilder firewall) {
        SubscriptionBuilder subscription = firewall.resourceGroup.subscription;
        String id = firewall.id();
        String etag = Deterministic.etag(id);
        return JsonWriter.object(json -> json
                .field("name", firewall.name)
                .field("id", id)
                .field("etag", etag)
                .field("type", "Microsoft.Network/azureFirewalls")
                .field("location", firewall.location)
                .object("tags", tags -> { })
                .object("properties", properties -> {
                    properties.field("provisioningState", "Succeeded")
                            .object("sku", sku -> sku.field("name", "AZFW_VNet").field("tier", "Standard"))
                            .field("threatIntelMode", "Alert")
                            .object("additionalProperties", additional -> { })
                            .array("ipConfigurations", configs -> configs.beginObject()
                                    .field("name", "ipconfig")
                                    .field("id", firewall.ipConfigurationId())
                                    .field("etag", etag)
                                    .field("type", "Microsoft.Network/azureFirewalls/azureFirewallIpConfigurations")
                                    .object("properties", config -> config
                                            .field("provisioningState", "Succeeded")
                                            .field("privateIPAddress", firewall.privateIp)
                                            .idReference("publicIPAddress", subscription.reference(firewall.publicIp.id()))
                                            .idReference("subnet", subscription.reference(firewall.subnet.id())))
                                    .endObject())
                            .array("networkRuleCollections", collections -> { })
                            .array("applicationRuleCollections", collections -> { })
                            .array("natRuleCollections", collections -> firewall.natRuleCollections.forEach(collection -> collections
                                    .beginObject()
                                    .field("name", collection.name)
                                    .field("id", id + "/natRuleCollections/" + collection.name)
                                    .field("etag", etag)
                                    .object("properties", body -> body
                                            .field("provisioningState", "Succeeded")
                                            .field("priority", collection.priority)
                                            .object("action", action -> action.field("type", "Dnat"))
                                            .array("rules", rules -> collection.rules.forEach(rule -> classicRule(rules, firewall, rule))))
                                    .endObject()));
                    if (firewall.policy != null) {
                        properties.idReference("firewallPolicy", subscription.reference(firewall.policy.id()));
                    }
                }));
    }

    private static void classicRule(JsonWriter rules, AzureFirewallBuilder firewall, DnatRule rule) {
        rules.beginObject()
                .field("name", rule.name())
                .stringArray("sourceAddresses", rule.sourceAddresses())
                .stringArray("sourceIpGroups", rule.sourceIpGroups())
                .stringArray("destinationAddresses", List.of(firewall.publicIp.address))
                .stringArray("destinationPorts", List.of(Integer.toString(rule.destinationPort())))
                .stringArray("protocols", List.of("TCP"))
                .field("translatedAddress", rule.translatedAddress().get())
                .field("translatedPort", Integer.toString(rule.translatedPort()))
                .endObject();
    }

    static String policy(FirewallPolicyBuilder policy) {
        SubscriptionBuilder subscription = policy.resourceGroup.subscription;
        String id = policy.id();
        return JsonWriter.object(json -> json
                .field("name", policy.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("type", "Microsoft.Network/firewallPolicies")
                .field("location", policy.location)
                .object("tags", tags -> { })
                .object("properties", properties -> properties
                        .field("provisioningState", "Succeeded")
                        .object("sku", sku -> sku.field("tier", "Standard"))
                        .field("threatIntelMode", "Alert")
                        .idReferences("ruleCollectionGroups", policy.groups.stream().map(group -> groupId(policy, group)).toList())
                        .idReferences("firewalls", policy.firewalls.stream().map(f -> subscription.reference(f.id())).toList())
                        .array("childPolicies", children -> { })));
    }

    static String groupId(FirewallPolicyBuilder policy, FirewallPolicyBuilder.RuleCollectionGroup group) {
        return policy.id() + "/ruleCollectionGroups/" + group.name;
    }

    static String ruleCollectionGroup(FirewallPolicyBuilder policy, FirewallPolicyBuilder.RuleCollectionGroup group) {
        String id = groupId(policy, group);
        String destination = policy.firewalls.isEmpty() ? "*" : policy.firewalls.get(0).publicIp.address;
        return JsonWriter.object(json -> json
                .field("name", group.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("type", "Microsoft.Network/FirewallPolicies/RuleCollectionGroups")
                .object("properties", properties -> properties
                        .field("provisioningState", "Succeeded")
                        .field("priority", group.priority)
                        .array("ruleCollections", collections -> group.collections.forEach(collection -> collections.beginObject()
                                .field("ruleCollectionType", "FirewallPolicyNatRuleCollection")
                                .field("name", collection.name)
                                .field("priority", collection.priority)
                                .object("action", action -> action.field("type", "DNAT"))
                                .array("rules", rules -> collection.rules.forEach(rule -> rules.beginObject()
                                        .field("ruleType", "NatRule")
                                        .field("name", rule.name())
                                        .stringArray("ipProtocols", List.of("TCP"))
                                        .stringArray("sourceAddresses", rule.sourceAddresses())
                                        .stringArray("sourceIpGroups", rule.sourceIpGroups())
                                        .stringArray("destinationAddresses", List.of(destination))
                                        .stringArray("destinationPorts", List.of(Integer.toString(rule.destinationPort())))
                                        .field("translatedAddress", rule.translatedAddress().get())
                                        .field("translatedPort", Integer.toString(rule.translatedPort()))
                                        .endObject()))
                                .endObject()))));
    }
}
