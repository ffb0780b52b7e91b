package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * One DNAT rule of a firewall (classic NAT rule collection) or of a firewall policy (NAT rule collection): traffic
 * from {@code sourceAddresses} (or IP groups) to {@code destinationAddresses}:{@code destinationPorts} is sent to
 * {@code translatedAddress}:{@code translatedPort}.
 */
public record DnatRule(String collection, String name, Integer collectionPriority, List<String> protocols,
                       List<String> sourceAddresses, List<String> sourceIpGroupIds, List<String> destinationAddresses,
                       List<String> destinationPorts, String translatedAddress, String translatedPort) {

    public DnatRule {
        protocols = List.copyOf(protocols);
        sourceAddresses = List.copyOf(sourceAddresses);
        sourceIpGroupIds = List.copyOf(sourceIpGroupIds);
        destinationAddresses = List.copyOf(destinationAddresses);
        destinationPorts = List.copyOf(destinationPorts);
    }
}
