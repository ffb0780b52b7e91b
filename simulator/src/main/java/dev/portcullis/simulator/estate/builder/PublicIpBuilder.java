package dev.portcullis.simulator.estate.builder;

/** A public IP address; attached to a NIC's IP configuration or left alone. */
public final class PublicIpBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final PublicIpSku sku;
    final String address;
    String ipConfigurationId;
    /** The VM it was made for by {@link NicBuilder#publicIp}, or {@code null}: it exists while that VM does. */
    VmBuilder owner;

    PublicIpBuilder(ResourceGroupBuilder resourceGroup, String name, String location, PublicIpSku sku, String address) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.sku = sku;
        this.address = address;
    }

    boolean exists() {
        return owner == null || owner.exists();
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/publicIPAddresses", name);
    }
}
