package dev.portcullis.scanner.reachability;

import dev.portcullis.scanner.inventory.IpConfiguration;
import dev.portcullis.scanner.inventory.NetworkSecurityGroup;
import dev.portcullis.scanner.inventory.SecurityRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates one NSG as Azure does for inbound traffic: custom and default rules together by ascending priority,
 * inbound only; for each internet address the first rule that matches decides.
 */
final class NsgEvaluator {

    private NsgEvaluator() {
    }

    /** Which internet addresses reach TCP {@code port} of {@code ipc} through this NSG, and which rules let them. */
    static List<Grant> allowedFromInternet(NetworkSecurityGroup nsg, int port, IpConfiguration ipc) {
        List<SecurityRule> inbound = nsg.rules().stream()
                .filter(r -> r.direction() == SecurityRule.Direction.INBOUND)
                .sorted(Comparator.comparingInt(SecurityRule::priority))
                .toList();
        Ipv4Set undecided = Ipv4Set.INTERNET;
        List<Grant> grants = new ArrayList<>();
        for (SecurityRule rule : inbound) {
            if (undecided.isEmpty()) {
                break;
            }
            if (!RuleMatching.matchesTcp(rule) || !RuleMatching.coversPort(rule, port)
                    || !RuleMatching.coversDestination(rule, ipc)) {
                continue;
            }
            if (rule.access() == SecurityRule.Access.ALLOW) {
                Ipv4Set let = RuleMatching.allowedSources(rule).intersect(undecided);
                if (!let.isEmpty()) {
                    grants.add(new Grant(nsg.id(), nsg.name(), rule.name(), rule.priority(),
                            String.join(", ", rule.sourcePrefixes()), let,
                            rule.name() != null && rule.name().startsWith(Grant.JIT_RULE_PREFIX)));
                    undecided = undecided.minus(let);
                }
            } else {
                undecided = undecided.minus(RuleMatching.deniedSources(rule));
            }
        }
        return grants;
    }
}
