package dev.portcullis.engine.inventory;

import java.util.List;

/** An NSG with its custom and default rules together. */
public record NetworkSecurityGroup(String id, String name, List<SecurityRule> rules) {

    public NetworkSecurityGroup {
        rules = List.copyOf(rules);
    }
}
