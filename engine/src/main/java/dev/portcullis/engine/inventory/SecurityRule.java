package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * An NSG rule with ARM's singular and plural fields already merged: {@code sourcePrefixes} is the union of
 * {@code sourceAddressPrefix} and {@code sourceAddressPrefixes}, and so on.
 */
public record SecurityRule(String name, int priority, Direction direction, Access access, String protocol,
                           List<String> sourcePrefixes, List<String> sourceApplicationSecurityGroupIds,
                           List<String> destinationPrefixes, List<String> destinationApplicationSecurityGroupIds,
                           List<String> destinationPortRanges, boolean isDefault) {

    public enum Direction { INBOUND, OUTBOUND }

    public enum Access { ALLOW, DENY }

    public SecurityRule {
        sourcePrefixes = List.copyOf(sourcePrefixes);
        sourceApplicationSecurityGroupIds = List.copyOf(sourceApplicationSecurityGroupIds);
        destinationPrefixes = List.copyOf(destinationPrefixes);
        destinationApplicationSecurityGroupIds = List.copyOf(destinationApplicationSecurityGroupIds);
        destinationPortRanges = List.copyOf(destinationPortRanges);
    }
}
