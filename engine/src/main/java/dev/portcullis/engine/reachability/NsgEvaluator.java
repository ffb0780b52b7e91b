package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.SecurityRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates one NSG as Azure does for inbound traffic: custom and default rules together by ascending priority,
 * inbound only; for each source address the first rule that matches decides. An Allow named like JIT's rules is
 * held against the VM's JIT requests ({@link JitAccess#prove}).
 */
final class NsgEvaluator {

    private NsgEvaluator() {
    }

    /**
     * Which of {@code sources} reach TCP {@code port} of {@code destination} through this NSG, and which rules let
     * them.
     */
    static List<Grant> admitted(NetworkSecurityGroup nsg, int port, Destination destination, AddressSet sources,
                                JitAccess jit) {
        List<SecurityRule> inbound = nsg.rules().stream()
                .filter(r -> r.direction() == SecurityRule.Direction.INBOUND)
                .sorted(Comparator.comparingInt(SecurityRule::priority))
                .toList();
        AddressSet undecided = sources;
        List<Grant> grants = new ArrayList<>();
        for (SecurityRule rule : inbound) {
            if (undecided.isEmpty()) {
                break;
            }
            if (!RuleMatching.matchesTcp(rule) || !RuleMatching.coversPort(rule, port)) {
                continue;
            }
            boolean allow = rule.access() == SecurityRule.Access.ALLOW;
            boolean covered = RuleMatching.coversDestination(rule, destination);
            if (destination.floatingIp()) {
                boolean alsoCovered = RuleMatching.coversDestination(rule, destination.alternativeOnly());
                covered = allow ? covered || alsoCovered : covered && alsoCovered;
            }
            if (!covered) {
                continue;
            }
            if (allow) {
                AddressSet opens = RuleMatching.allowedSources(rule);
                AddressSet let = opens.intersect(undecided);
                if (!let.isEmpty()) {
                    JitProof proof = JitManaged.isNsgRuleName(rule.name())
                            ? jit.prove(port, opens.intersect(sources)) : JitProof.NOT_JIT;
                    grants.add(new Grant(Grant.Place.NSG, nsg.id(), nsg.name(), rule.name(), rule.priority(),
                            String.join(", ", rule.sourcePrefixes()), let, proof));
                    undecided = undecided.minus(let);
                }
            } else {
                undecided = undecided.minus(RuleMatching.deniedSources(rule));
            }
        }
        return grants;
    }
}
