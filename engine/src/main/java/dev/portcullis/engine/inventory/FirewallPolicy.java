package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * A firewall policy with the DNAT rules of its rule collection groups and the policy it inherits from
 * ({@code basePolicyId}, or null): a firewall applies the rules of both.
 */
public record FirewallPolicy(String id, String name, String basePolicyId, List<DnatRule> natRules) {

    public FirewallPolicy {
        natRules = List.copyOf(natRules);
    }
}
