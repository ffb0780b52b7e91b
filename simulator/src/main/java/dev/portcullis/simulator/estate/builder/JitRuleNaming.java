package dev.portcullis.simulator.estate.builder;

/**
 * How Defender for Cloud names the rules JIT writes. Since May 2023 NSG rules are
 * {@code MicrosoftDefenderForCloud-JITRule_<n>_<32 hex>} described {@code MDC JIT Network Access rule …}
 * and Azure Firewall rule collections {@code MDC-JIT}; rules written before keep
 * {@code SecurityCenter-JITRule_…}, {@code ASC JIT Network Access rule …} and {@code ASC-JIT}. One
 * tenant holds both. A name proves nothing: the request in the policy's {@code requests[]} does.
 */
public enum JitRuleNaming {
    /** Rules written since May 2023. */
    CURRENT("MicrosoftDefenderForCloud-JITRule", "MDC", "MDC-JIT"),
    /** Rules written before May 2023 and kept since. */
    BEFORE_MAY_2023("SecurityCenter-JITRule", "ASC", "ASC-JIT");

    private final String nsgRulePrefix;
    private final String descriptionPrefix;
    private final String firewallCollectionName;

    JitRuleNaming(String nsgRulePrefix, String descriptionPrefix, String firewallCollectionName) {
        this.nsgRulePrefix = nsgRulePrefix;
        this.descriptionPrefix = descriptionPrefix;
        this.firewallCollectionName = firewallCollectionName;
    }

    /** {@code MicrosoftDefenderForCloud-JITRule} or {@code SecurityCenter-JITRule}. */
    public String nsgRulePrefix() {
        return nsgRulePrefix;
    }

    /** {@code MDC-JIT} or {@code ASC-JIT}: the Azure Firewall NAT rule collection (and rule names) JIT writes. */
    public String firewallCollectionName() {
        return firewallCollectionName;
    }

    /** {@code <prefix>_<n>_<32 hex>}, the same for the same seed. */
    String nsgRuleName(String seed) {
        return nsgRulePrefix + "_" + Deterministic.number(seed) + "_" + Deterministic.hex32(seed);
    }

    /** {@code MDC JIT Network Access rule for policy 'default' of VM 'web-05'.} */
    String description(String policyName, String vmName) {
        return descriptionPrefix + " JIT Network Access rule for policy '" + policyName + "' of VM '" + vmName + "'.";
    }
}
