package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/** A DNAT rule collection: classic on a firewall, or a {@code FirewallPolicyNatRuleCollection} in a policy's group. */
public final class NatRuleCollection {

    final String name;
    final int priority;
    final List<DnatRule> rules = new ArrayList<>();

    NatRuleCollection(String name, int priority) {
        this.name = name;
        this.priority = priority;
    }

    public NatRuleCollection dnat(DnatRule rule) {
        rules.add(rule);
        return this;
    }
}
