package dev.portcullis.scanner.reachability;

import dev.portcullis.scanner.inventory.IpConfiguration;
import dev.portcullis.scanner.inventory.SecurityRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one NSG rule applies to inbound TCP from the internet to a port of an IP configuration, and which internet
 * addresses its sources cover. Unknowns lean towards exposure: a service tag other than VirtualNetwork and
 * AzureLoadBalancer is public address space anyone can rent, so an Allow on it counts as the whole internet, while a
 * Deny on it is not credited with removing any address.
 */
final class RuleMatching {

    private static final Set<String> ANY = Set.of("*", "any", "internet", "0.0.0.0/0");
    private static final Set<String> NEVER_INTERNET = Set.of("virtualnetwork", "azureloadbalancer");
    private static final Set<String> TCP = Set.of("tcp", "*", "any");

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
     * Whether the rule's destinations cover the IP configuration: {@code *}, {@code VirtualNetwork}, a CIDR or the
     * address itself, or a destination application security group the configuration is a member of. With no private
     * address known, any address destination is taken to cover it.
     */
    static boolean coversDestination(SecurityRule rule, IpConfiguration ipc) {
        if (rule.destinationApplicationSecurityGroupIds().stream()
                .anyMatch(asg -> ipc.applicationSecurityGroupIds().stream().anyMatch(m -> m.equalsIgnoreCase(asg)))) {
            return true;
        }
        if (rule.destinationPrefixes().isEmpty() && rule.destinationApplicationSecurityGroupIds().isEmpty()) {
            return true;
        }
        for (String prefix : rule.destinationPrefixes()) {
            String lower = prefix.trim().toLowerCase(Locale.ROOT);
            if (lower.equals("*") || lower.equals("any") || lower.equals("virtualnetwork")) {
                return true;
            }
            Optional<Ipv4Set> block = Ipv4Set.parse(lower);
            if (block.isPresent() && (ipc.privateIpAddress() == null || block.get().contains(ipc.privateIpAddress()))) {
                return true;
            }
        }
        return false;
    }

    /** Internet addresses an Allow with these sources lets in (service tags count as the whole internet). */
    static Ipv4Set allowedSources(SecurityRule rule) {
        return sources(rule.sourcePrefixes(), true);
    }

    /** Internet addresses a Deny with these sources surely blocks (service tags block nothing we can name). */
    static Ipv4Set deniedSources(SecurityRule rule) {
        return sources(rule.sourcePrefixes(), false);
    }

    /** The public service tags among the rule's sources, to name in details. */
    static List<String> publicServiceTags(SecurityRule rule) {
        return rule.sourcePrefixes().stream().filter(RuleMatching::isPublicServiceTag).toList();
    }

    private static Ipv4Set sources(List<String> prefixes, boolean tagsAreInternet) {
        Ipv4Set set = Ipv4Set.EMPTY;
        for (String prefix : prefixes) {
            String lower = prefix.trim().toLowerCase(Locale.ROOT);
            if (ANY.contains(lower)) {
                return Ipv4Set.INTERNET;
            }
            Optional<Ipv4Set> block = Ipv4Set.parse(lower);
            if (block.isPresent()) {
                set = set.union(block.get().intersect(Ipv4Set.INTERNET));
            } else if (isPublicServiceTag(prefix) && tagsAreInternet) {
                return Ipv4Set.INTERNET;
            }
        }
        return set;
    }

    /** A source that is neither an address, an IPv6 prefix, nor one of the tags that never hold internet sources. */
    private static boolean isPublicServiceTag(String prefix) {
        String lower = prefix.trim().toLowerCase(Locale.ROOT);
        return !ANY.contains(lower) && !NEVER_INTERNET.contains(lower) && !lower.contains(":")
                && Ipv4Set.parse(lower).isEmpty();
    }
}
