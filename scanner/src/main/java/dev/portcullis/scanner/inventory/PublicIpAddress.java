package dev.portcullis.scanner.inventory;

/** A public IP and the NIC IP configuration it is attached to (or null). */
public record PublicIpAddress(String id, String name, String ipAddress, Sku sku, String ipConfigurationId) {

    /** Basic is open to inbound traffic unless an NSG denies it; Standard is closed unless an NSG allows it. */
    public enum Sku { BASIC, STANDARD }
}
