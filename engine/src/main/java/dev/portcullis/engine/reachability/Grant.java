package dev.portcullis.engine.reachability;

/**
 * The rule that decided to let some addresses through one step of a path: an NSG rule, a firewall's DNAT rule, or,
 * with no NSG at all, the public IP's or load balancer's SKU ({@link Place#NO_NSG}). {@code jit} says whether the
 * rule is named like JIT's and, if so, whether JIT's requests prove it ({@link JitProof}).
 */
public record Grant(Place place, String resourceId, String resourceName, String ruleName, Integer priority,
                    String sources, AddressSet addresses, JitProof jit) {

    /** Where the deciding rule is. */
    public enum Place { NSG, FIREWALL, NO_NSG }

    /** A grant where no NSG filters the path: {@code reason} says why that is open. */
    static Grant noNsg(String reason, AddressSet addresses) {
        return new Grant(Place.NO_NSG, null, null, reason, null, "*", addresses, JitProof.NOT_JIT);
    }

    /** Named like one of JIT's rules, proven or not. */
    public boolean jitRule() {
        return jit != JitProof.NOT_JIT;
    }

    /** JIT's own running grant: what it lets in is JIT working, neither exposure nor bypass. */
    public boolean throughJit() {
        return jit == JitProof.ACTIVE;
    }

    /** One line for a finding's detail: where, which rule, and the sources it allows. */
    public String describe() {
        String text = switch (place) {
            case NO_NSG -> ruleName;
            case NSG -> "NSG " + resourceName + " rule " + ruleName + " (priority " + priority + ", source " + sources
                    + ")";
            case FIREWALL -> "firewall " + resourceName + " DNAT rule " + ruleName + " (source " + sources + ")";
        };
        if (jit == JitProof.ACTIVE) {
            return text + " — JIT's grant for a running request";
        }
        return jit.unproven() ? text + " — " + jit.explanation() : text;
    }
}
