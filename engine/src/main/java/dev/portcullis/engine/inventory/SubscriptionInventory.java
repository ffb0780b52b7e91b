package dev.portcullis.engine.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything collected from one subscription in one scan, as plain records. {@code unreadLists} names the lists of
 * internet entrances and scale sets (load balancers, firewalls, firewall policies, scale sets) that ARM refused to
 * give (403): what depends on them could not be evaluated.
 */
public record SubscriptionInventory(String subscriptionId, List<VirtualMachine> virtualMachines,
                                    List<NetworkInterface> networkInterfaces,
                                    List<NetworkSecurityGroup> networkSecurityGroups,
                                    List<PublicIpAddress> publicIpAddresses, List<VirtualNetwork> virtualNetworks,
                                    List<JitPolicy> jitPolicies, List<Pricing> pricings,
                                    List<LoadBalancer> loadBalancers, List<AzureFirewall> azureFirewalls,
                                    List<FirewallPolicy> firewallPolicies, List<ScaleSet> scaleSets,
                                    List<String> unreadLists) {

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
        scaleSets = List.copyOf(scaleSets);
        unreadLists = List.copyOf(unreadLists);
    }

    /** An inventory without load balancers or firewalls, every list read. */
    public SubscriptionInventory(String subscriptionId, List<VirtualMachine> virtualMachines,
                                 List<NetworkInterface> networkInterfaces,
                                 List<NetworkSecurityGroup> networkSecurityGroups,
                                 List<PublicIpAddress> publicIpAddresses, List<VirtualNetwork> virtualNetworks,
                                 List<JitPolicy> jitPolicies, List<Pricing> pricings) {
        this(subscriptionId, virtualMachines, networkInterfaces, networkSecurityGroups, publicIpAddresses,
                virtualNetworks, jitPolicies, pricings, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The name {@code unreadLists} gives the scale-set list. */
    public static final String SCALE_SETS = "virtual machine scale sets";

    /** The unread lists of internet entrances (everything unread but the scale sets): VM paths through them are unknown. */
    public List<String> unreadEntranceLists() {
        return unreadLists.stream().filter(list -> !list.equals(SCALE_SETS)).toList();
    }

    /** Whether the scale sets could not be listed: their findings are then unknown, not resolved. */
    public boolean scaleSetsUnread() {
        return unreadLists.contains(SCALE_SETS);
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
        counts.put("scaleSets", scaleSets.size());
        return counts;
    }
}
