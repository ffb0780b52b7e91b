package dev.portcullis.engine.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Lists what an inventory lacks: references to resources that were not listed and fields ARM left out. Such gaps do
 * not stop a scan (each resource is evaluated with what is known) but they are reported so they can be looked at.
 */
public final class InventoryGaps {

    private InventoryGaps() {
    }

    public static List<String> find(SubscriptionInventory inventory) {
        Set<String> nics = keys(inventory.networkInterfaces(), NetworkInterface::id);
        Set<String> nsgs = keys(inventory.networkSecurityGroups(), NetworkSecurityGroup::id);
        Set<String> publicIps = keys(inventory.publicIpAddresses(), PublicIpAddress::id);
        Set<String> subnets = new HashSet<>();
        inventory.virtualNetworks().forEach(v -> v.subnets().forEach(s -> subnets.add(ArmIds.key(s.id()))));
        Set<String> vms = keys(inventory.virtualMachines(), VirtualMachine::id);

        List<String> gaps = new ArrayList<>();
        for (VirtualMachine vm : inventory.virtualMachines()) {
            if (vm.networkInterfaceIds().isEmpty()) {
                gaps.add("VM " + vm.id() + " lists no network interface");
            }
            vm.networkInterfaceIds().stream().filter(id -> !nics.contains(ArmIds.key(id)))
                    .forEach(id -> gaps.add("VM " + vm.id() + " names network interface " + id + ", which was not listed"));
        }
        for (NetworkInterface nic : inventory.networkInterfaces()) {
            if (nic.networkSecurityGroupId() != null && !nsgs.contains(ArmIds.key(nic.networkSecurityGroupId()))) {
                gaps.add("NIC " + nic.id() + " names NSG " + nic.networkSecurityGroupId() + ", which was not listed");
            }
            for (IpConfiguration ipc : nic.ipConfigurations()) {
                if (ipc.privateIpAddress() == null) {
                    gaps.add("IP configuration " + ipc.id() + " has no private IP address");
                }
                if (ipc.subnetId() != null && !subnets.contains(ArmIds.key(ipc.subnetId()))) {
                    gaps.add("IP configuration " + ipc.id() + " names subnet " + ipc.subnetId()
                            + ", which was not listed");
                }
                if (ipc.publicIpAddressId() != null && !publicIps.contains(ArmIds.key(ipc.publicIpAddressId()))) {
                    gaps.add("IP configuration " + ipc.id() + " names public IP " + ipc.publicIpAddressId()
                            + ", which was not listed");
                }
            }
        }
        loadBalancerGaps(inventory, gaps);
        inventory.jitPolicies().forEach(policy -> policy.virtualMachines().stream()
                .filter(entry -> !vms.contains(ArmIds.key(entry.id())))
                .forEach(entry -> gaps.add("JIT policy " + policy.id() + " names VM " + entry.id()
                        + ", which was not listed")));
        return gaps;
    }

    /**
     * References between NICs and load balancers that lead nowhere: a NIC naming a pool or NAT rule no listed load
     * balancer has, a rule naming a pool or frontend its load balancer lacks, a rule without a backend port.
     */
    private static void loadBalancerGaps(SubscriptionInventory inventory, List<String> gaps) {
        Set<String> pools = new HashSet<>();
        Set<String> natRules = new HashSet<>();
        for (LoadBalancer lb : inventory.loadBalancers()) {
            lb.pools().forEach(pool -> pools.add(ArmIds.key(pool.id())));
            lb.natRules().forEach(rule -> natRules.add(ArmIds.key(rule.id())));
            Set<String> frontends = keys(lb.frontends(), LoadBalancer.Frontend::id);
            for (LoadBalancer.BalancingRule rule : lb.rules()) {
                rule.poolIds().stream().filter(id -> lb.pools().stream().noneMatch(p -> ArmIds.key(p.id())
                        .equals(ArmIds.key(id)))).forEach(id -> gaps.add("Load-balancing rule " + rule.id()
                        + " names pool " + id + ", which its load balancer does not have"));
                if (rule.frontendId() != null && !frontends.contains(ArmIds.key(rule.frontendId()))) {
                    gaps.add("Load-balancing rule " + rule.id() + " names frontend " + rule.frontendId()
                            + ", which its load balancer does not have");
                }
                if (rule.backendPort() == null) {
                    gaps.add("Load-balancing rule " + rule.id() + " has no backend port (taken as every port)");
                }
            }
        }
        for (NetworkInterface nic : inventory.networkInterfaces()) {
            for (IpConfiguration ipc : nic.ipConfigurations()) {
                ipc.loadBalancerBackendPoolIds().stream().filter(id -> !pools.contains(ArmIds.key(id)))
                        .forEach(id -> gaps.add("IP configuration " + ipc.id() + " names backend pool " + id
                                + ", which no listed load balancer has"));
                ipc.loadBalancerInboundNatRuleIds().stream().filter(id -> !natRules.contains(ArmIds.key(id)))
                        .forEach(id -> gaps.add("IP configuration " + ipc.id() + " names inbound NAT rule " + id
                                + ", which no listed load balancer has"));
            }
        }
    }

    private static <T> Set<String> keys(List<T> resources, Function<T, String> id) {
        Set<String> keys = new HashSet<>();
        resources.forEach(r -> keys.add(ArmIds.key(id.apply(r))));
        return keys;
    }
}
