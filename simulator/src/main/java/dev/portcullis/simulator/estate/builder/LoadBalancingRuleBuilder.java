package dev.portcullis.simulator.estate.builder;

import java.util.List;

/**
 * A load-balancing rule: {@code frontendPort} → {@code backendPort} on every member of its pools
 * ({@code backendAddressPool} and, with several, {@code backendAddressPools}). Protocol {@code All}
 * with ports 0 is an HA-ports rule (internal load balancers only). With floating IP the backend
 * sees the frontend's address as destination.
 */
public final class LoadBalancingRuleBuilder {

    final LoadBalancerBuilder loadBalancer;
    final String name;
    final FrontendBuilder frontend;
    final String protocol;
    final int frontendPort;
    final int backendPort;
    final List<BackendPoolBuilder> pools;
    boolean floatingIp;

    LoadBalancingRuleBuilder(LoadBalancerBuilder loadBalancer, String name, FrontendBuilder frontend, String protocol,
                             int frontendPort, int backendPort, List<BackendPoolBuilder> pools) {
        this.loadBalancer = loadBalancer;
        this.name = name;
        this.frontend = frontend;
        this.protocol = protocol;
        this.frontendPort = frontendPort;
        this.backendPort = backendPort;
        this.pools = List.copyOf(pools);
    }

    /** {@code enableFloatingIP: true}: the NSGs see the frontend's address as destination. */
    public LoadBalancingRuleBuilder floatingIp() {
        this.floatingIp = true;
        return this;
    }

    public String id() {
        return loadBalancer.id() + "/loadBalancingRules/" + name;
    }
}
