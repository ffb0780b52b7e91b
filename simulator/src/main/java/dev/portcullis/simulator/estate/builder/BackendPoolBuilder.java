package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer's backend pool: members by NIC IP configuration (written on both sides, see
 * {@link NicBuilder#inBackendPool}), or by IP address ({@code loadBalancerBackendAddresses}, with no
 * back-reference on any NIC).
 */
public final class BackendPoolBuilder {

    final LoadBalancerBuilder loadBalancer;
    final String name;
    final List<Member> members = new ArrayList<>();
    /** Uniform scale sets whose instances are all in the pool. */
    final List<ScaleSetBuilder> scaleSets = new ArrayList<>();
    /** Addresses of a pool defined by IP address, with the network they are in. */
    final List<String> addresses = new ArrayList<>();
    VirtualNetworkBuilder addressNetwork;

    BackendPoolBuilder(LoadBalancerBuilder loadBalancer, String name) {
        this.loadBalancer = loadBalancer;
        this.name = name;
    }

    /** Adds a member by IP address in {@code network} ({@code loadBalancerBackendAddresses[].properties.ipAddress}). */
    public BackendPoolBuilder address(VirtualNetworkBuilder network, String ipAddress) {
        this.addressNetwork = network;
        addresses.add(ipAddress);
        return this;
    }

    public String id() {
        return loadBalancer.id() + "/backendAddressPools/" + name;
    }

    /** A NIC IP configuration in the pool; {@code nic} is {@code null} for a Uniform scale set's instance. */
    record Member(NicBuilder nic, String ipConfigurationId) {
    }
}
