package dev.portcullis.scanner.reachability;

/**
 * The rule that decided to let some internet addresses through one NSG (or, with no NSG at all, the public IP's
 * SKU). {@code jitRule} marks the rules Defender for Cloud JIT writes and manages ({@code SecurityCenter-JITRule…}).
 */
public record Grant(String nsgId, String nsgName, String ruleName, int priority, String sources, Ipv4Set addresses,
                    boolean jitRule) {

    static final String JIT_RULE_PREFIX = "SecurityCenter-JITRule";

    /** One line for a finding's detail: NSG, rule, priority and the sources it allows. */
    public String describe() {
        if (nsgName == null) {
            return ruleName;
        }
        return "NSG " + nsgName + " rule " + ruleName + " (priority " + priority + ", source " + sources + ")";
    }
}
