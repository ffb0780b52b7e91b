package dev.portcullis.engine.reachability;

import java.util.List;
import java.util.Locale;

/**
 * The one definition of "named like JIT's own rules". Defender for Cloud names the NSG rules it writes
 * {@code MicrosoftDefenderForCloud-JITRule_…} since May 2023 and {@code SecurityCenter-JITRule_…} before; its Azure
 * Firewall rule collections and rules {@code MDC-JIT} (before: {@code ASC-JIT}). Both generations occur in one tenant.
 * A name proves nothing (anyone can type it): {@link JitAccess} decides whether such a rule is JIT's active grant.
 */
public final class JitManaged {

    private static final List<String> NSG_RULE_PREFIXES = List.of("microsoftdefenderforcloud-jitrule",
            "securitycenter-jitrule");
    private static final List<String> FIREWALL_PREFIXES = List.of("mdc-jit", "asc-jit");

    private JitManaged() {
    }

    /** Whether an NSG rule carries one of the names JIT gives its rules, in any case. */
    public static boolean isNsgRuleName(String ruleName) {
        return startsWithAny(ruleName, NSG_RULE_PREFIXES);
    }

    /** Whether a firewall DNAT rule, or the collection holding it, carries one of JIT's names, in any case. */
    public static boolean isFirewallRuleName(String collectionName, String ruleName) {
        return startsWithAny(collectionName, FIREWALL_PREFIXES) || startsWithAny(ruleName, FIREWALL_PREFIXES);
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        if (name == null) {
            return false;
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(lower::startsWith);
    }
}
