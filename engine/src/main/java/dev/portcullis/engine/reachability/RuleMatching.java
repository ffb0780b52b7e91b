package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.SecurityRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whether one NSG rule applies to inbound TCP to a port of a destination, and which addresses its sources cover.
 * Families stay apart: {@code *}, {@code Any} and {@code Internet} cover both, {@code 0.0.0.0/0} and IPv4 prefixes
 * IPv4 only, {@code ::/0} and IPv6 prefixes IPv6 only. Unknowns lean towards exposure: a service tag other than
 * VirtualNetwork and AzureLoadBalancer is public address space anyone can rent, and a source that is no address and
 * no tag we know cannot be ruled out, so an Allow on either counts as the whole internet, while a Deny on either is
 * not credited with removing any address.
 */
final class RuleMatching {

    private static final Set<String> ANY = Set.of("*", "any");
    private static final String INTERNET = "internet";
    private static final String VIRTUAL_NETWORK = "virtualnetwork";
    private static final String LOAD_BALANCER = "azureloadbalancer";
    private static final Set<String> TCP = Set.of("tcp", "*", "any");
    private static final int MEMO_LIMIT = 100_000;
    private static final Map<String, Optional<AddressSet>> PARSED = new ConcurrentHashMap<>();
    private static final Map<List<String>, AddressSet> ALLOWED = new ConcurrentHashMap<>();
    private static final Map<List<String>, AddressSet> DENIED = new ConcurrentHashMap<>();

    private RuleMatching() {
    }

    static boolean matchesTcp(SecurityRule rule) {
        return TCP.contains(rule.protocol().toLowerCase(Locale.ROOT));
    }

    /** Union of destinationPortRange(s): {@code *}, {@code N} or {@code N-M}; none given means any port. */
    static boolean coversPort(SecurityRule rule, int port) {
        if (rule.destinationPortRanges().isEmpty()) {
            return true;
        }
        return rule.destinationPortRanges().stream().anyMatch(spec -> portSpecCovers(spec, port));
    }

    static boolean portSpecCovers(String spec, int port) {
        String trimmed = spec.trim();
        if (trimmed.equals("*")) {
            return true;
        }
        try {
            int dash = trimmed.indexOf('-');
            if (dash < 0) {
                return Integer.parseInt(trimmed) == port;
            }
            int low = Integer.parseInt(trimmed.substring(0, dash).trim());
            int high = Integer.parseInt(trimmed.substring(dash + 1).trim());
            return low <= port && port <= high;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether the rule's destinations cover the destination: {@code *}, a CIDR or the address itself (same family),
     * {@code VirtualNetwork} for a private address, {@code Internet} for a public one, or a destination application
     * security group the configuration is a member of. With no address known, any address destination covers it.
     */
    static boolean coversDestination(SecurityRule rule, Destination destination) {
        if (rule.destinationApplicationSecurityGroupIds().stream().anyMatch(asg -> destination
                .applicationSecurityGroupIds().stream().anyMatch(m -> m.equalsIgnoreCase(asg)))) {
            return true;
        }
        if (rule.destinationPrefixes().isEmpty() && rule.destinationApplicationSecurityGroupIds().isEmpty()) {
            return true;
        }
        Optional<AddressSet> address = destination.address() == null ? Optional.empty()
                : block(destination.address()).filter(AddressSet::isSingleAddress);
        for (String prefix : rule.destinationPrefixes()) {
            String lower = prefix.trim().toLowerCase(Locale.ROOT);
            if (ANY.contains(lower) || destination.address() == null) {
                return true;
            }
            boolean isPublic = address.map(AddressSet.INTERNET::containsAll).orElse(false);
            if ((lower.equals(VIRTUAL_NETWORK) && !isPublic) || (lower.equals(INTERNET) && isPublic)) {
                return true;
            }
            Optional<AddressSet> block = block(lower);
            if (block.isPresent() && address.isPresent() && block.get().containsAll(address.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link AddressSet#parse}, remembered: the same prefixes and addresses come back for every VM behind an NSG.
     * Bounded, so a long-running scanner over many tenants does not grow it without end.
     */
    private static Optional<AddressSet> block(String text) {
        return remember(PARSED, text, AddressSet::parse);
    }

    private static <K, V> V remember(Map<K, V> memo, K key, Function<K, V> compute) {
        if (memo.size() > MEMO_LIMIT) {
            memo.clear();
        }
        return memo.computeIfAbsent(key, compute);
    }

    /** Addresses an Allow with these sources lets in (public service tags and unknown text: the whole internet). */
    static AddressSet allowedSources(SecurityRule rule) {
        return remember(ALLOWED, rule.sourcePrefixes(), prefixes -> sources(prefixes, true));
    }

    /** Addresses a Deny with these sources surely blocks (service tags and unknown text block nothing we can name). */
    static AddressSet deniedSources(SecurityRule rule) {
        return remember(DENIED, rule.sourcePrefixes(), prefixes -> sources(prefixes, false));
    }

    /**
     * The addresses a JIT policy or request approves: {@code *}, {@code Any} and {@code Internet} approve everyone,
     * addresses and CIDRs themselves, anything else nothing (it cannot prove an Allow).
     */
    static AddressSet approvedSources(List<String> prefixes) {
        AddressSet set = AddressSet.EMPTY;
        for (String prefix : prefixes) {
            String lower = prefix.trim().toLowerCase(Locale.ROOT);
            if (ANY.contains(lower) || lower.equals(INTERNET)) {
                return AddressSet.ALL;
            }
            set = set.union(AddressSet.parse(lower).orElse(AddressSet.EMPTY));
        }
        return set;
    }

    /**
     * The set of source addresses: {@code VirtualNetwork} is taken as private address space (where the firewall's
     * own address, after DNAT, is), {@code AzureLoadBalancer} as nobody's (health probes only).
     */
    private static AddressSet sources(List<String> prefixes, boolean allow) {
        AddressSet set = AddressSet.EMPTY;
        for (String prefix : prefixes) {
            String lower = prefix.trim().toLowerCase(Locale.ROOT);
            if (ANY.contains(lower)) {
                return AddressSet.ALL;
            }
            if (lower.equals(INTERNET)) {
                set = set.union(AddressSet.INTERNET);
            } else if (lower.equals(VIRTUAL_NETWORK)) {
                set = set.union(AddressSet.PRIVATE);
            } else if (!lower.equals(LOAD_BALANCER)) {
                Optional<AddressSet> block = block(lower);
                if (block.isPresent()) {
                    set = set.union(block.get());
                } else if (allow) {
                    set = set.union(AddressSet.INTERNET);
                }
            }
        }
        return set;
    }
}
