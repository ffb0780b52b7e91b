package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * A load balancer with what decides whether it forwards the internet to a backend's port: frontends (public or
 * private), backend pools, inbound NAT rules (classic, v2 and scale-set pools) and load-balancing rules.
 */
public record LoadBalancer(String id, String name, Sku sku, List<Frontend> frontends, List<BackendPool> pools,
                           List<NatRule> natRules, List<BalancingRule> rules) {

    /** Standard closes a backend without an NSG; Basic leaves it open; Gateway is never an internet entry. */
    public enum Sku { BASIC, STANDARD, GATEWAY }

    public LoadBalancer {
        frontends = List.copyOf(frontends);
        pools = List.copyOf(pools);
        natRules = List.copyOf(natRules);
        rules = List.copyOf(rules);
    }

    /** A frontend IP configuration: public when it has a public IP, else internal. */
    public record Frontend(String id, String name, String publicIpAddressId, String privateIpAddress) {
    }

    /**
     * A backend pool: members by NIC IP configuration (the pool's read-only back-references) and by IP address
     * ({@code loadBalancerBackendAddresses[].properties.ipAddress}).
     */
    public record BackendPool(String id, String name, List<String> ipConfigurationIds, List<String> addresses) {
        public BackendPool {
            ipConfigurationIds = List.copyOf(ipConfigurationIds);
            addresses = List.copyOf(addresses);
        }
    }

    /**
     * An inbound NAT rule or pool. Classic rule: {@code frontendPort} to {@code backendPort} of one
     * {@code backendIpConfigurationId}; v2: the frontend port range to {@code backendPort} of every member of
     * {@code backendPoolId}; scale-set pool ({@code scaleSetPool}): the range to the port of every instance whose
     * profile names it. Ports are null when ARM left them out.
     */
    public record NatRule(String id, String name, String frontendId, String protocol, Integer frontendPort,
                          Integer frontendPortRangeStart, Integer frontendPortRangeEnd, Integer backendPort,
                          String backendIpConfigurationId, String backendPoolId, boolean floatingIp,
                          boolean scaleSetPool) {
    }

    /** A load-balancing rule: {@code frontendPort} to {@code backendPort} on every member of its pools. */
    public record BalancingRule(String id, String name, String frontendId, String protocol, Integer frontendPort,
                                Integer backendPort, List<String> poolIds, boolean floatingIp) {
        public BalancingRule {
            poolIds = List.copyOf(poolIds);
        }
    }
}
