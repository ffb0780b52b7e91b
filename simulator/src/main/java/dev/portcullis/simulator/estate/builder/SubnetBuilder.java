package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/** A subnet: hands out private addresses (IPv4, and IPv6 when dual stack) to NICs, optionally carries an NSG. */
public final class SubnetBuilder {

    final VirtualNetworkBuilder virtualNetwork;
    final String name;
    final Ipv4Block addresses;
    final List<NicBuilder> networkInterfaces = new ArrayList<>();
    NsgBuilder nsg;
    boolean addressPrefixAsList;
    Ipv6Block ipv6Addresses;

    SubnetBuilder(VirtualNetworkBuilder virtualNetwork, String name, String cidr) {
        this.virtualNetwork = virtualNetwork;
        this.name = name;
        this.addresses = new Ipv4Block(cidr);
    }

    /** Associates an NSG with the subnet: inbound traffic passes it before the NIC's NSG. */
    public SubnetBuilder nsg(NsgBuilder nsg) {
        this.nsg = nsg;
        return this;
    }

    /** Writes {@code addressPrefixes: [cidr]} instead of {@code addressPrefix: cidr}, as ARM does for some subnets. */
    public SubnetBuilder addressPrefixWrittenAsList() {
        this.addressPrefixAsList = true;
        return this;
    }

    /**
     * Dual stack: the subnet writes {@code addressPrefixes: [ipv4, ipv6]} (as ARM does) and hands
     * out IPv6 addresses to the IPv6 configurations of its NICs ({@link NicBuilder#ipv6}).
     */
    public SubnetBuilder ipv6(String prefix) {
        this.ipv6Addresses = new Ipv6Block(prefix);
        return this;
    }

    public String id() {
        return virtualNetwork.id() + "/subnets/" + name;
    }

    public String cidr() {
        return addresses.cidr();
    }
}
