package dev.portcullis.simulator.estate.builder;

/** A public IP address (IPv4 or IPv6); attached to a NIC's IP configuration, a load balancer's or a firewall's frontend, or left alone. */
public final class PublicIpBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final PublicIpSku sku;
    final String address;
    /** {@code IPv4} or {@code IPv6} ({@code publicIPAddressVersion}). */
    final String version;
    String ipConfigurationId;
    /** The VM it was made for by {@link NicBuilder#publicIp}, or {@code null}: it exists while that VM does. */
    VmBuilder owner;

    PublicIpBuilder(ResourceGroupBuilder resourceGroup, String name, String location, PublicIpSku sku, String address) {
        this(resourceGroup, name, location, sku, address, "IPv4");
    }

    PublicIpBuilder(ResourceGroupBuilder resourceGroup, String name, String location, PublicIpSku sku, String address,
                    String version) {
        this.version = version;
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.sku = sku;
        this.address = address;
    }

    boolean exists() {
        return owner == null || owner.exists();
    }

    /** The address ({@code 20.78.0.1}, {@code 2603:1030:20e:3::17a}). */
    public String address() {
        return address;
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/publicIPAddresses", name);
    }
}
