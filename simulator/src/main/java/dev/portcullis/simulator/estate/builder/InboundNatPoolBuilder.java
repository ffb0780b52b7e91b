package dev.portcullis.simulator.estate.builder;

/**
 * An inbound NAT pool (Uniform scale sets): {@code frontendPortRangeStart}–{@code frontendPortRangeEnd}
 * → {@code backendPort} on each instance of the scale sets that list it.
 */
public final class InboundNatPoolBuilder {

    final LoadBalancerBuilder loadBalancer;
    final String name;
    final FrontendBuilder frontend;
    final String protocol;
    final int frontendPortRangeStart;
    final int frontendPortRangeEnd;
    final int backendPort;

    InboundNatPoolBuilder(LoadBalancerBuilder loadBalancer, String name, FrontendBuilder frontend, String protocol,
                          int frontendPortRangeStart, int frontendPortRangeEnd, int backendPort) {
        this.loadBalancer = loadBalancer;
        this.name = name;
        this.frontend = frontend;
        this.protocol = protocol;
        this.frontendPortRangeStart = frontendPortRangeStart;
        this.frontendPortRangeEnd = frontendPortRangeEnd;
        this.backendPort = backendPort;
    }

    public String id() {
        return loadBalancer.id() + "/inboundNatPools/" + name;
    }
}
