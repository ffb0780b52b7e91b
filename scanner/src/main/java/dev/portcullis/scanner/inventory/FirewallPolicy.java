package dev.portcullis.scanner.inventory;

import java.util.List;

/** A firewall policy with the DNAT rules of its rule collection groups. */
public record FirewallPolicy(String id, String name, List<DnatRule> natRules) {

    public FirewallPolicy {
        natRules = List.copyOf(natRules);
    }
}
