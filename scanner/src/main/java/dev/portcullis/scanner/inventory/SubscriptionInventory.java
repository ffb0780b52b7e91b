package dev.portcullis.scanner.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything collected from one subscription in one scan, as plain records. {@code unreadLists} names the lists of
 * internet entrances (load balancers, firewalls, firewall policies) that ARM refused to give (403): paths through
 * them could not be evaluated.
 */
public record SubscriptionInventory(String subscriptionId, List<VirtualMachine> virtualMachines,
                                    List<NetworkInterface> networkInterfaces,
                                    List<NetworkSecurityGroup> networkSecurityGroups,
                                    List<PublicIpAddress> publicIpAddresses, List<VirtualNetwork> virtualNetworks,
                                    List<JitPolicy> jitPolicies, List<Pricing> pricings,
                                    List<LoadBalancer> loadBalancers, List<AzureFirewall> azureFirewalls,
                                    List<FirewallPolicy> firewallPolicies, List<String> unreadLists) {

    public SubscriptionInventory {
        virtualMachines = List.copyOf(virtualMachines);
        networkInterfaces = List.copyOf(networkInterfaces);
        networkSecurityGroups = List.copyOf(networkSecurityGroups);
        publicIpAddresses = List.copyOf(publicIpAddresses);
        virtualNetworks = List.copyOf(virtualNetworks);
        jitPolicies = List.copyOf(jitPolicies);
        pricings = List.copyOf(pricings);
        loadBalancers = List.copyOf(loadBalancers);
        azureFirewalls = List.copyOf(azureFirewalls);
        firewallPolicies = List.copyOf(firewallPolicies);
        unreadLists = List.copyOf(unreadLists);
    }

    /** An inventory without load balancers or firewalls, every list read. */
    public SubscriptionInventory(String subscriptionId, List<VirtualMachine> virtualMachines,
                                 List<NetworkInterface> networkInterfaces,
                                 List<NetworkSecurityGroup> networkSecurityGroups,
                                 List<PublicIpAddress> publicIpAddresses, List<VirtualNetwork> virtualNetworks,
                                 List<JitPolicy> jitPolicies, List<Pricing> pricings) {
        this(subscriptionId, virtualMachines, networkInterfaces, networkSecurityGroups, publicIpAddresses,
                virtualNetworks, jitPolicies, pricings, List.of(), List.of(), List.of(), List.of());
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
        counts.put("loadBalancers", loadBalancers.size());
        counts.put("azureFirewalls", azureFirewalls.size());
        counts.put("firewallPolicies", firewallPolicies.size());
        return counts;
    }
}
