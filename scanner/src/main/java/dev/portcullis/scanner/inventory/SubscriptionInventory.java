package dev.portcullis.scanner.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything collected from one subscription in one scan, as plain records. */
public record SubscriptionInventory(String subscriptionId, List<VirtualMachine> virtualMachines,
                                    List<NetworkInterface> networkInterfaces,
                                    List<NetworkSecurityGroup> networkSecurityGroups,
                                    List<PublicIpAddress> publicIpAddresses, List<VirtualNetwork> virtualNetworks,
                                    List<JitPolicy> jitPolicies, List<Pricing> pricings) {

    public SubscriptionInventory {
        virtualMachines = List.copyOf(virtualMachines);
        networkInterfaces = List.copyOf(networkInterfaces);
        networkSecurityGroups = List.copyOf(networkSecurityGroups);
        publicIpAddresses = List.copyOf(publicIpAddresses);
        virtualNetworks = List.copyOf(virtualNetworks);
        jitPolicies = List.copyOf(jitPolicies);
        pricings = List.copyOf(pricings);
    }

    /** How many of each resource type were collected, for the scan record. */
    public Map<String, Integer> resourceCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("virtualMachines", virtualMachines.size());
        counts.put("networkInterfaces", networkInterfaces.size());
        counts.put("networkSecurityGroups", networkSecurityGroups.size());
        counts.put("publicIpAddresses", publicIpAddresses.size());
        counts.put("virtualNetworks", virtualNetworks.size());
        counts.put("jitPolicies", jitPolicies.size());
        counts.put("pricings", pricings.size());
        return counts;
    }
}
