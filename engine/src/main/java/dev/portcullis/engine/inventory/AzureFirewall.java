package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * An Azure Firewall: its public IPs (where DNAT rules listen), its private addresses (the source the VMs see after
 * DNAT), its classic DNAT rules and the policy whose DNAT rules it also applies.
 */
public record AzureFirewall(String id, String name, List<String> publicIpAddressIds, List<String> privateIpAddresses,
                            String policyId, List<DnatRule> natRules) {

    public AzureFirewall {
        publicIpAddressIds = List.copyOf(publicIpAddressIds);
        privateIpAddresses = List.copyOf(privateIpAddresses);
        natRules = List.copyOf(natRules);
    }
}
