package dev.portcullis.simulator.estate.builder;

/**
 * An inbound NAT rule. Classic: {@code frontendPort} → {@code backendPort} on one NIC IP
 * configuration ({@code backendIPConfiguration}, bound by {@link NicBuilder#inboundNatRule}). Version 2:
 * {@code frontendPortRangeStart}–{@code frontendPortRangeEnd} → {@code backendPort} on every member
 * of a backend pool.
 */
public final class InboundNatRuleBuilder {

    final LoadBalancerBuilder loadBalancer;
    final String name;
    final FrontendBuilder frontend;
    final String protocol;
    final int frontendPort;
    final int frontendPortRangeEnd;
    final int backendPort;
    /** Version 2 only. */
    final BackendPoolBuilder pool;
    /** Classic only, set when a NIC binds the rule. */
    NicBuilder backend;

    InboundNatRuleBuilder(LoadBalancerBuilder loadBalancer, String name, FrontendBuilder frontend, String protocol,
                          int frontendPort, int frontendPortRangeEnd, int backendPort, BackendPoolBuilder pool) {
        this.loadBalancer = loadBalancer;
        this.name = name;
        this.frontend = frontend;
        this.protocol = protocol;
        this.frontendPort = frontendPort;
        this.frontendPortRangeEnd = frontendPortRangeEnd;
        this.backendPort = backendPort;
        this.pool = pool;
    }

    boolean isVersion2() {
        return pool != null;
    }

    public String id() {
        return loadBalancer.id() + "/inboundNatRules/" + name;
    }
}
