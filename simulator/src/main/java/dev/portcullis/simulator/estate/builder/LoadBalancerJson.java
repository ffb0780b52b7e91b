package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders a load balancer as {@code Microsoft.Network/loadBalancers} (api-version 2024-05-01) writes
 * it. Its frontends, pools and rules are sub-resources, also served by id: {@link #parts} renders
 * them once and {@link #render} embeds them.
 */
final class LoadBalancerJson {

    private LoadBalancerJson() {
    }

    /** Id → JSON of each frontend, backend pool, inbound NAT rule, NAT pool and load-balancing rule, in payload order. */
    static Map<String, String> parts(LoadBalancerBuilder lb) {
        SubscriptionBuilder subscription = lb.resourceGroup.subscription;
        Map<String, String> parts = new LinkedHashMap<>();
        String etag = Deterministic.etag(lb.id());
        for (FrontendBuilder frontend : lb.frontends) {
            parts.put(frontend.id(), part(frontend.name, frontend.id(), etag, "frontendIPConfigurations", properties -> {
                if (frontend.publicIp != null) {
                    properties.idReference("publicIPAddress", subscription.reference(frontend.publicIp.id()));
                } else {
                    properties.field("privateIPAddress", frontend.privateIp)
                            .field("privateIPAllocationMethod", "Dynamic")
                            .idReference("subnet", subscription.reference(frontend.subnet.id()))
                            .field("privateIPAddressVersion", "IPv4");
                }
                references(properties, "loadBalancingRules",
                        lb.rules.stream().filter(rule -> rule.frontend == frontend).map(LoadBalancingRuleBuilder::id).toList());
                references(properties, "inboundNatRules",
                        lb.natRules.stream().filter(rule -> rule.frontend == frontend).map(InboundNatRuleBuilder::id).toList());
                references(properties, "inboundNatPools",
                        lb.natPools.stream().filter(pool -> pool.frontend == frontend).map(InboundNatPoolBuilder::id).toList());
            }));
        }
        for (BackendPoolBuilder pool : lb.pools) {
            parts.put(pool.id(), part(pool.name, pool.id(), etag, "backendAddressPools", properties -> {
                List<String> members = new ArrayList<>(pool.members.stream()
                        .filter(member -> member.nic() == null || member.nic().vm.exists())
                        .map(member -> subscription.reference(member.ipConfigurationId()))
                        .toList());
                for (ScaleSetBuilder scaleSet : pool.scaleSets) {
                    scaleSet.instances.forEach(instance -> members.add(subscription.reference(scaleSet.instanceIpConfigurationId(instance))));
                }
                references(properties, "backendIPConfigurations", members);
                if (!pool.addresses.isEmpty()) {
                    properties.array("loadBalancerBackendAddresses", addresses -> pool.addresses.forEach(address -> addresses.beginObject()
                            .field("name", "address-" + address.replace('.', '-').replace(':', '-'))
                            .object("properties", backend -> backend
                                    .field("ipAddress", address)
                                    .idReference("virtualNetwork", subscription.reference(pool.addressNetwork.id())))
                            .endObject()));
                }
                references(properties, "loadBalancingRules",
                        lb.rules.stream().filter(rule -> rule.pools.contains(pool)).map(LoadBalancingRuleBuilder::id).toList());
                references(properties, "inboundNatRules",
                        lb.natRules.stream().filter(rule -> rule.pool == pool).map(InboundNatRuleBuilder::id).toList());
            }));
        }
        for (InboundNatRuleBuilder rule : lb.natRules) {
            parts.put(rule.id(), part(rule.name, rule.id(), etag, "inboundNatRules", properties -> {
                properties.idReference("frontendIPConfiguration", subscription.reference(rule.frontend.id()));
                if (rule.isVersion2()) {
                    properties.idReference("backendAddressPool", subscription.reference(rule.pool.id()))
                            .field("frontendPortRangeStart", rule.frontendPort)
                            .field("frontendPortRangeEnd", rule.frontendPortRangeEnd);
                } else {
                    if (rule.backend != null && rule.backend.vm.exists()) {
                        properties.idReference("backendIPConfiguration", subscription.reference(rule.backend.ipConfigurationId()));
                    }
                    properties.field("frontendPort", rule.frontendPort);
                }
                properties.field("backendPort", rule.backendPort)
                        .field("protocol", rule.protocol)
                        .field("idleTimeoutInMinutes", 4)
                        .field("enableFloatingIP", false)
                        .field("enableTcpReset", false);
            }));
        }
        for (InboundNatPoolBuilder pool : lb.natPools) {
            parts.put(pool.id(), part(pool.name, pool.id(), etag, "inboundNatPools", properties -> properties
                    .idReference("frontendIPConfiguration", subscription.reference(pool.frontend.id()))
                    .field("frontendPortRangeStart", pool.frontendPortRangeStart)
                    .field("frontendPortRangeEnd", pool.frontendPortRangeEnd)
                    .field("backendPort", pool.backendPort)
                    .field("protocol", pool.protocol)
                    .field("idleTimeoutInMinutes", 4)
                    .field("enableFloatingIP", false)
                    .field("enableTcpReset", false)));
        }
        for (LoadBalancingRuleBuilder rule : lb.rules) {
            parts.put(rule.id(), part(rule.name, rule.id(), etag, "loadBalancingRules", properties -> {
                properties.idReference("frontendIPConfiguration", subscription.reference(rule.frontend.id()));
                if (!rule.pools.isEmpty()) {
                    properties.idReference("backendAddressPool", subscription.reference(rule.pools.get(0).id()));
                }
                if (rule.pools.size() > 1) {
                    references(properties, "backendAddressPools", rule.pools.stream().map(BackendPoolBuilder::id).toList());
                }
                properties.field("protocol", rule.protocol)
                        .field("loadDistribution", "Default")
                        .field("frontendPort", rule.frontendPort)
                        .field("backendPort", rule.backendPort)
                        .field("idleTimeoutInMinutes", 4)
                        .field("enableFloatingIP", rule.floatingIp)
                        .field("enableTcpReset", false)
                        .field("disableOutboundSnat", true);
            }));
        }
        return parts;
    }

    /** @param parts what {@link #parts} rendered for {@code lb} */
    static String render(LoadBalancerBuilder lb, Map<String, String> parts) {
        String id = lb.id();
        return JsonWriter.object(json -> json
                .field("name", lb.name)
                .field("id", id)
                .field("etag", Deterministic.etag(id))
                .field("type", "Microsoft.Network/loadBalancers")
                .field("location", lb.location)
                .object("tags", tags -> { })
                .object("sku", sku -> sku.field("name", lb.sku.armName()).field("tier", "Regional"))
                .object("properties", properties -> properties
                        .field("provisioningState", "Succeeded")
                        .field("resourceGuid", Deterministic.guid("resourceGuid" + id))
                        .array("frontendIPConfigurations", items -> lb.frontends.forEach(f -> items.rawValue(parts.get(f.id()))))
                        .array("backendAddressPools", items -> lb.pools.forEach(p -> items.rawValue(parts.get(p.id()))))
                        .array("loadBalancingRules", items -> lb.rules.forEach(r -> items.rawValue(parts.get(r.id()))))
                        .array("probes", items -> { })
                        .array("inboundNatRules", items -> lb.natRules.forEach(r -> items.rawValue(parts.get(r.id()))))
                        .array("inboundNatPools", items -> lb.natPools.forEach(p -> items.rawValue(parts.get(p.id()))))
                        .array("outboundRules", items -> { })));
    }

    private static String part(String name, String id, String etag, String collection, Consumer<JsonWriter> properties) {
        return JsonWriter.object(json -> json
                .field("name", name)
                .field("id", id)
                .field("etag", etag)
                .field("type", "Microsoft.Network/loadBalancers/" + collection)
                .object("properties", body -> {
                    body.field("provisioningState", "Succeeded");
                    properties.accept(body);
                }));
    }

    private static void references(JsonWriter properties, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            properties.idReferences(name, ids);
        }
    }
}
