package dev.portcullis.scanner.inventory;

import java.util.List;

/** One IP configuration of a NIC: its private address, subnet, public IP and application security groups. */
public record IpConfiguration(String id, String name, String privateIpAddress, String subnetId,
                              String publicIpAddressId, List<String> applicationSecurityGroupIds) {

    public IpConfiguration {
        applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
    }
}
