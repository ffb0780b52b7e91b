package dev.portcullis.scanner.azure;

import static dev.portcullis.scanner.azure.ArmJson.id;
import static dev.portcullis.scanner.azure.ArmJson.ids;
import static dev.portcullis.scanner.azure.ArmJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * Maps the ARM JSON of internet entrances (load balancers, Azure Firewalls, firewall policies and their rule
 * collection groups) to records. Read as JSON trees like the Security payloads: every field is optional, a missing
 * port stays null (the engine leans to exposure on it) and the singular and plural forms ARM knows are merged here.
 */
final class EntranceMapper {

    private EntranceMapper() {
    }

    static LoadBalancer toLoadBalancer(JsonNode json) {
        JsonNode properties = json.path("properties");
        String skuName = text(json.path("sku"), "name");
        LoadBalancer.Sku sku = skuName == null ? LoadBalancer.Sku.BASIC : switch (skuName.toLowerCase(Locale.ROOT)) {
            case "standard" -> LoadBalancer.Sku.STANDARD;
            case "gateway" -> LoadBalancer.Sku.GATEWAY;
            default -> LoadBalancer.Sku.BASIC;
        };
        List<LoadBalancer.Frontend> frontends = map(properties.path("frontendIPConfigurations"), f -> {
            JsonNode p = f.path("properties");
            return new LoadBalancer.Frontend(text(f, "id"), text(f, "name"), id(p.path("publicIPAddress")),
                    text(p, "privateIPAddress"));
        });
        List<LoadBalancer.BackendPool> pools = map(properties.path("backendAddressPools"), pool -> {
            JsonNode p = pool.path("properties");
            List<String> ipcs = ids(p.path("backendIPConfigurations"));
            List<String> addresses = map(p.path("loadBalancerBackendAddresses"),
                    a -> text(a.path("properties"), "ipAddress"));
            return new LoadBalancer.BackendPool(text(pool, "id"), text(pool, "name"), present(ipcs), present(addresses));
        });
        List<LoadBalancer.NatRule> natRules = new ArrayList<>(map(properties.path("inboundNatRules"), rule -> {
            JsonNode p = rule.path("properties");
            return new LoadBalancer.NatRule(text(rule, "id"), text(rule, "name"), id(p.path("frontendIPConfiguration")),
                    text(p, "protocol"), integer(p, "frontendPort"), integer(p, "frontendPortRangeStart"),
                    integer(p, "frontendPortRangeEnd"), integer(p, "backendPort"), id(p.path("backendIPConfiguration")),
                    id(p.path("backendAddressPool")), p.path("enableFloatingIP").asBoolean(false), false);
        }));
        natRules.addAll(map(properties.path("inboundNatPools"), pool -> {
            JsonNode p = pool.path("properties");
            return new LoadBalancer.NatRule(text(pool, "id"), text(pool, "name"), id(p.path("frontendIPConfiguration")),
                    text(p, "protocol"), null, integer(p, "frontendPortRangeStart"), integer(p, "frontendPortRangeEnd"),
                    integer(p, "backendPort"), null, null, p.path("enableFloatingIP").asBoolean(false), true);
        }));
        List<LoadBalancer.BalancingRule> rules = map(properties.path("loadBalancingRules"), rule -> {
            JsonNode p = rule.path("properties");
            List<String> poolIds = new ArrayList<>(ids(p.path("backendAddressPools")));
            String single = id(p.path("backendAddressPool"));
            if (single != null && poolIds.stream().noneMatch(single::equalsIgnoreCase)) {
                poolIds.add(single);
            }
            return new LoadBalancer.BalancingRule(text(rule, "id"), text(rule, "name"),
                    id(p.path("frontendIPConfiguration")), text(p, "protocol"), integer(p, "frontendPort"),
                    integer(p, "backendPort"), poolIds, p.path("enableFloatingIP").asBoolean(false));
        });
        return new LoadBalancer(text(json, "id"), name(json), sku, frontends, pools, natRules, rules);
    }

    static AzureFirewall toAzureFirewall(JsonNode json) {
        JsonNode properties = json.path("properties");
        List<String> publicIps = new ArrayList<>();
        List<String> privateIps = new ArrayList<>();
        for (JsonNode ipc : properties.path("ipConfigurations")) {
            JsonNode p = ipc.path("properties");
            String publicIp = id(p.path("publicIPAddress"));
            String privateIp = text(p, "privateIPAddress");
            if (publicIp != null) {
                publicIps.add(publicIp);
            }
            if (privateIp != null) {
                privateIps.add(privateIp);
            }
        }
        String hubPrivate = text(properties.path("hubIPAddresses"), "privateIPAddress");
        if (hubPrivate != null) {
            privateIps.add(hubPrivate);
        }
        List<DnatRule> rules = new ArrayList<>();
        for (JsonNode collection : properties.path("natRuleCollections")) {
            JsonNode p = collection.path("properties");
            String action = text(p.path("action"), "type");
            if (action != null && !action.equalsIgnoreCase("Dnat")) {
                continue;
            }
            for (JsonNode rule : p.path("rules")) {
                rules.add(dnat(text(collection, "name"), integer(p, "priority"), rule, "protocols"));
            }
        }
        return new AzureFirewall(text(json, "id"), name(json), publicIps, privateIps,
                id(properties.path("firewallPolicy")), rules);
    }

    /** A policy and the rule collection groups listed under it: their NAT rule collections' DNAT rules. */
    static FirewallPolicy toFirewallPolicy(JsonNode json, List<JsonNode> ruleCollectionGroups) {
        List<DnatRule> rules = new ArrayList<>();
        for (JsonNode group : ruleCollectionGroups) {
            for (JsonNode collection : group.path("properties").path("ruleCollections")) {
                String type = text(collection, "ruleCollectionType");
                String action = text(collection.path("action"), "type");
                boolean nat = "FirewallPolicyNatRuleCollection".equalsIgnoreCase(type)
                        || (action != null && action.equalsIgnoreCase("DNAT"));
                if (!nat) {
                    continue;
                }
                for (JsonNode rule : collection.path("rules")) {
                    rules.add(dnat(text(collection, "name"), integer(collection, "priority"), rule, "ipProtocols"));
                }
            }
        }
        return new FirewallPolicy(text(json, "id"), name(json), id(json.path("properties").path("basePolicy")), rules);
    }

    /** Classic rules carry their fields at the top level; policy NAT rules too (no {@code properties}). */
    private static DnatRule dnat(String collection, Integer priority, JsonNode rule, String protocolsField) {
        JsonNode fields = rule.has("properties") ? rule.path("properties") : rule;
        return new DnatRule(collection, text(rule, "name"), priority, strings(fields.path(protocolsField)),
                strings(fields.path("sourceAddresses")), strings(fields.path("sourceIpGroups")),
                strings(fields.path("destinationAddresses")), strings(fields.path("destinationPorts")),
                text(fields, "translatedAddress"), text(fields, "translatedPort"));
    }

    private static <T> List<T> map(JsonNode array, Function<JsonNode, T> mapper) {
        return StreamSupport.stream(array.spliterator(), false).map(mapper).toList();
    }

    private static List<String> present(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return present(map(array, node -> node.isValueNode() && !node.isNull() ? node.asText() : null));
    }

    private static String name(JsonNode json) {
        String name = text(json, "name");
        return name != null ? name : ArmIds.lastSegment(text(json, "id"));
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.canConvertToInt()) {
            return value.asInt();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

}
