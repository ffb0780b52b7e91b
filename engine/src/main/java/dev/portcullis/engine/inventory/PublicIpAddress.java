package dev.portcullis.engine.inventory;

/**
 * A public IP, its family and the NIC IP configuration (or load-balancer frontend) it is attached to (or null).
 * {@code ipv6} comes from {@code publicIPAddressVersion}, or from the address when ARM left the version out.
 */
public record PublicIpAddress(String id, String name, String ipAddress, Sku sku, String ipConfigurationId,
                              boolean ipv6) {

    /** Basic is open to inbound traffic unless an NSG denies it; Standard is closed unless an NSG allows it. */
    public enum Sku { BASIC, STANDARD }

    /** An IPv4 public IP. */
    public PublicIpAddress(String id, String name, String ipAddress, Sku sku, String ipConfigurationId) {
        this(id, name, ipAddress, sku, ipConfigurationId, ipAddress != null && ipAddress.contains(":"));
    }
}
