package dev.portcullis.simulator.estate.builder;

import java.util.List;
import java.util.function.Supplier;

/**
 * One DNAT rule of Azure Firewall, classic ({@code natRuleCollections}) or in a firewall policy
 * ({@code FirewallPolicyNatRuleCollection}): traffic from {@code sourceAddresses} (and IP groups) to
 * the firewall's public IP on {@code destinationPort} is translated to {@code translatedAddress}:
 * {@code translatedPort}, and its source to the firewall's own private address.
 *
 * @param translatedAddress supplied when rendered (a VM's private IP is known once its NIC exists)
 * @param sourceIpGroups ids of IP groups (referenced, not served)
 */
public record DnatRule(String name, List<String> sourceAddresses, List<String> sourceIpGroups, int destinationPort,
                       Supplier<String> translatedAddress, int translatedPort) {

    public DnatRule {
        sourceAddresses = List.copyOf(sourceAddresses);
        sourceIpGroups = List.copyOf(sourceIpGroups);
    }

    /** From these source addresses to the VM's primary private IP. */
    public static DnatRule toVm(String name, List<String> sources, int destinationPort, VmBuilder vm, int translatedPort) {
        return new DnatRule(name, sources, List.of(), destinationPort, () -> vm.nics.get(0).privateIp, translatedPort);
    }

    /** From the members of an IP group to the VM's primary private IP. */
    public static DnatRule fromIpGroupToVm(String name, String ipGroupId, int destinationPort, VmBuilder vm, int translatedPort) {
        return new DnatRule(name, List.of(), List.of(ipGroupId), destinationPort, () -> vm.nics.get(0).privateIp, translatedPort);
    }
}
