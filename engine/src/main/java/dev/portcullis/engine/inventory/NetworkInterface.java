package dev.portcullis.engine.inventory;

import java.util.List;

/** A NIC with its own NSG (or null) and its IP configurations. */
public record NetworkInterface(String id, String name, String virtualMachineId, String networkSecurityGroupId,
                               List<IpConfiguration> ipConfigurations) {

    public NetworkInterface {
        ipConfigurations = List.copyOf(ipConfigurations);
    }
}
