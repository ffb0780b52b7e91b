package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * A firewall policy ({@code Microsoft.Network/firewallPolicies}) and its rule collection groups,
 * listed as its children ({@code …/firewallPolicies/{p}/ruleCollectionGroups}).
 */
public final class FirewallPolicyBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final List<RuleCollectionGroup> groups = new ArrayList<>();
    final List<AzureFirewallBuilder> firewalls = new ArrayList<>();

    FirewallPolicyBuilder(ResourceGroupBuilder resourceGroup, String name, String location) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
    }

    /** A NAT rule collection ({@code FirewallPolicyNatRuleCollection}, action {@code DNAT}) in the group named, created on first use. */
    public NatRuleCollection natRuleCollection(String groupName, int groupPriority, String collectionName, int priority) {
        RuleCollectionGroup group = groups.stream().filter(g -> g.name.equals(groupName)).findFirst().orElseGet(() -> {
            RuleCollectionGroup created = new RuleCollectionGroup(groupName, groupPriority);
            groups.add(created);
            return created;
        });
        NatRuleCollection collection = new NatRuleCollection(collectionName, priority);
        group.collections.add(collection);
        return collection;
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/firewallPolicies", name);
    }

    /** A rule collection group of the policy. */
    static final class RuleCollectionGroup {
        final String name;
        final int priority;
        final List<NatRuleCollection> collections = new ArrayList<>();

        RuleCollectionGroup(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }
    }
}
