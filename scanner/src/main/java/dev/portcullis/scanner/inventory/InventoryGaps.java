package dev.portcullis.scanner.inventory;

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
        inventory.jitPolicies().forEach(policy -> policy.virtualMachines().stream()
                .filter(entry -> !vms.contains(ArmIds.key(entry.id())))
                .forEach(entry -> gaps.add("JIT policy " + policy.id() + " names VM " + entry.id()
                        + ", which was not listed")));
        return gaps;
    }

    private static <T> Set<String> keys(List<T> resources, Function<T, String> id) {
        Set<String> keys = new HashSet<>();
        resources.forEach(r -> keys.add(ArmIds.key(id.apply(r))));
        return keys;
    }
}
