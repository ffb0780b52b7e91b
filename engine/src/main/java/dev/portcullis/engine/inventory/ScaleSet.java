package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * A virtual machine scale set with the network profile every instance gets. Instances of a Flexible set are ordinary
 * VMs (listed and checked as such); those of a Uniform set are not VMs to ARM nor to JIT, so the set itself is judged
 * from its profile.
 */
public record ScaleSet(String id, String name, String resourceGroup, String location, boolean uniform,
                       List<NicProfile> nicProfiles) {

    public ScaleSet {
        nicProfiles = List.copyOf(nicProfiles);
    }

    /** A network interface configuration of the profile: its NSG (or null) and IP configurations. */
    public record NicProfile(String name, String nsgId, List<IpProfile> ipConfigurations) {
        public NicProfile {
            ipConfigurations = List.copyOf(ipConfigurations);
        }
    }

    /**
     * An IP configuration of the profile: its subnet, whether each instance gets a public IP (and whether that is a
     * Standard one; unknown is taken as Basic, open), and the load-balancer pools and NAT pools it joins.
     */
    public record IpProfile(String name, String subnetId, boolean publicIpPerInstance, boolean publicIpStandard,
                            List<String> poolIds, List<String> natPoolIds) {
        public IpProfile {
            poolIds = List.copyOf(poolIds);
            natPoolIds = List.copyOf(natPoolIds);
        }
    }
}
