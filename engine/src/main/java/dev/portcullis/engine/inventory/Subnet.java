package dev.portcullis.engine.inventory;

import java.util.List;

/** A subnet of a virtual network, with the NSG associated with it (or null). */
public record Subnet(String id, String name, List<String> addressPrefixes, String networkSecurityGroupId) {

    public Subnet {
        addressPrefixes = List.copyOf(addressPrefixes);
    }
}
