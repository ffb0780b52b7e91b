package dev.portcullis.simulator.estate.builder;

/**
 * A load balancer's frontend IP configuration: public (a public IPv4 or IPv6 address of its own,
 * an internet entry) or internal (a private address in a subnet, never one).
 */
public final class FrontendBuilder {

    final LoadBalancerBuilder loadBalancer;
    final String name;
    /** {@code null} for an internal frontend. */
    final PublicIpBuilder publicIp;
    /** {@code null} for a public frontend. */
    final SubnetBuilder subnet;
    final String privateIp;

    FrontendBuilder(LoadBalancerBuilder loadBalancer, String name, PublicIpBuilder publicIp, SubnetBuilder subnet, String privateIp) {
        this.loadBalancer = loadBalancer;
        this.name = name;
        this.publicIp = publicIp;
        this.subnet = subnet;
        this.privateIp = privateIp;
    }

    public String id() {
        return loadBalancer.id() + "/frontendIPConfigurations/" + name;
    }

    /** The public address of a public frontend, or the private one of an internal frontend. */
    public String address() {
        return publicIp != null ? publicIp.address : privateIp;
    }
}
