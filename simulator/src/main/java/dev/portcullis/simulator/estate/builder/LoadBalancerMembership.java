package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/** What an IP configuration lists of load balancers: backend pools and classic inbound NAT rules. */
final class LoadBalancerMembership {

    final List<BackendPoolBuilder> pools = new ArrayList<>();
    final List<InboundNatRuleBuilder> natRules = new ArrayList<>();
    /** Pool ids of load balancers that are not served (a gap). */
    final List<String> claimedPoolIds = new ArrayList<>();

    /** The pool ids as the subscription writes references. */
    List<String> poolIds(SubscriptionBuilder subscription) {
        List<String> ids = new ArrayList<>();
        pools.forEach(pool -> ids.add(subscription.reference(pool.id())));
        ids.addAll(claimedPoolIds);
        return ids;
    }

    List<String> natRuleIds(SubscriptionBuilder subscription) {
        return natRules.stream().map(rule -> subscription.reference(rule.id())).toList();
    }
}
