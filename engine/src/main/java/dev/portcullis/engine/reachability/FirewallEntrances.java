package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.IpConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Azure Firewall DNAT paths into an IP configuration's port: a DNAT rule (classic, or of the firewall's policy)
 * whose translated address is the configuration's private IP and whose translated port is the port. The internet
 * sources that get in are the rule's {@code sourceAddresses} ({@code *}: everyone; an IP group cannot be resolved
 * from the rule, so it counts as everyone). The firewall also translates the source to one of its own private
 * addresses, so the VM's NSGs see that address (a {@code VirtualNetwork} source, which the default
 * {@code AllowVnetInBound} admits), not the client's; with no NSG the traffic passes. A classic DNAT rule named like
 * JIT's ({@code MDC-JIT}, {@code ASC-JIT}) is held against the VM's JIT requests like an NSG rule; JIT writes only
 * classic rules (it does not support firewalls managed by a policy), so a policy's rule is never JIT's. A policy
 * applies the rules of the policies it inherits from too.
 */
final class FirewallEntrances {

    private final Map<String, List<Translation>> byTranslatedAddress = new HashMap<>();

    /** One DNAT rule as applied by one firewall. */
    private record Translation(AzureFirewall firewall, FirewallPolicy policy, DnatRule rule) {
    }

    FirewallEntrances(NetworkLookup network) {
        for (AzureFirewall firewall : network.azureFirewalls()) {
            firewall.natRules().forEach(rule -> add(new Translation(firewall, null, rule)));
            Set<String> seen = new HashSet<>();
            Optional<FirewallPolicy> policy = Optional.ofNullable(firewall.policyId()).flatMap(network::firewallPolicy);
            while (policy.isPresent() && seen.add(ArmIds.key(policy.get().id()))) {
                FirewallPolicy p = policy.get();
                p.natRules().forEach(rule -> add(new Translation(firewall, p, rule)));
                policy = Optional.ofNullable(p.basePolicyId()).flatMap(network::firewallPolicy);
            }
        }
    }

    private void add(Translation translation) {
        String address = translation.rule().translatedAddress();
        if (address != null) {
            byTranslatedAddress.computeIfAbsent(address.trim(), k -> new ArrayList<>()).add(translation);
        }
    }

    List<Entrance> of(IpConfiguration ipc, int port, JitAccess jit) {
        if (ipc.privateIpAddress() == null) {
            return List.of();
        }
        List<Entrance> entrances = new ArrayList<>();
        for (Translation translation : byTranslatedAddress.getOrDefault(ipc.privateIpAddress(), List.of())) {
            DnatRule rule = translation.rule();
            if (!translatesTo(rule.translatedPort(), port) || !tcpCapable(rule.protocols())) {
                continue;
            }
            AddressSet clients = clients(rule).intersect(AddressSet.INTERNET);
            if (clients.isEmpty()) {
                continue;
            }
            AzureFirewall firewall = translation.firewall();
            boolean classic = translation.policy() == null;
            JitProof proof = classic && JitManaged.isFirewallRuleName(rule.collection(), rule.name())
                    ? jit.prove(port, clients) : JitProof.NOT_JIT;
            String sources = String.join(", ", rule.sourceAddresses())
                    + (rule.sourceIpGroupIds().isEmpty() ? "" : " and IP groups (not resolved)");
            Grant dnat = new Grant(Grant.Place.FIREWALL, firewall.id(), firewall.name(), rule.name(),
                    rule.collectionPriority(), sources, clients, proof);
            String forwardedBy = "DNAT rule " + rule.name() + " in collection " + rule.collection()
                    + (translation.policy() == null ? "" : " of policy " + translation.policy().name());
            AddressSet firewallAddresses = firewall.privateIpAddresses().stream()
                    .map(a -> AddressSet.parse(a).orElse(AddressSet.EMPTY))
                    .reduce(AddressSet.EMPTY, AddressSet::union);
            entrances.add(new Entrance(new Entry(Entry.Kind.FIREWALL_DNAT, String.join(", ",
                    rule.destinationAddresses()), firewall.name(), String.join(", ", rule.destinationPorts()),
                    forwardedBy, port, ipc.name()),
                    new Destination(ipc.privateIpAddress(), ipc.applicationSecurityGroupIds()), clients,
                    firewallAddresses.isEmpty() ? AddressSet.PRIVATE : firewallAddresses, true,
                    "no NSG on the NIC or its subnet lets the firewall's translated traffic in unfiltered",
                    List.of(dnat)));
        }
        return entrances;
    }

    /** The rule's sources: addresses and CIDRs, {@code *} everyone; an IP group, unresolvable here, everyone. */
    private static AddressSet clients(DnatRule rule) {
        if (!rule.sourceIpGroupIds().isEmpty()) {
            return AddressSet.ALL;
        }
        AddressSet set = AddressSet.EMPTY;
        for (String source : rule.sourceAddresses()) {
            String trimmed = source.trim();
            if (trimmed.equals("*")) {
                return AddressSet.ALL;
            }
            set = set.union(AddressSet.parse(trimmed).orElse(AddressSet.ALL));
        }
        return set;
    }

    private static boolean translatesTo(String translatedPort, int port) {
        if (translatedPort == null || translatedPort.isBlank()) {
            return true;
        }
        return RuleMatching.portSpecCovers(translatedPort, port);
    }

    /** {@code TCP}, {@code Any}, or no protocol given: TCP can pass. */
    private static boolean tcpCapable(List<String> protocols) {
        return protocols.isEmpty() || protocols.stream().map(p -> p.trim().toLowerCase(Locale.ROOT))
                .anyMatch(p -> p.equals("tcp") || p.equals("any") || p.equals("*"));
    }
}
