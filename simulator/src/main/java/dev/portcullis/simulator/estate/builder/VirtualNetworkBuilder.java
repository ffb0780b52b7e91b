package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/** A virtual network and its subnets, IPv4 or dual stack (IPv4 and IPv6). */
public final class VirtualNetworkBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final String addressSpace;
    String ipv6AddressSpace;
    final List<SubnetBuilder> subnets = new ArrayList<>();

    VirtualNetworkBuilder(ResourceGroupBuilder resourceGroup, String name, String location, String addressSpace) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.addressSpace = addressSpace;
    }

    /** Dual stack: {@code addressSpace.addressPrefixes} lists this IPv6 prefix after the IPv4 one. */
    public VirtualNetworkBuilder ipv6AddressSpace(String prefix) {
        this.ipv6AddressSpace = prefix;
        return this;
    }

    public SubnetBuilder subnet(String name, String cidr) {
        SubnetBuilder subnet = new SubnetBuilder(this, name, cidr);
        subnets.add(subnet);
        return subnet;
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/virtualNetworks", name);
    }
}
