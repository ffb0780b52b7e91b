package dev.portcullis.scanner.rules;

import java.util.Map;
import java.util.Set;

/** A VM's overall Just-In-Time protection, derived from its JIT check results. */
public enum JitStatus {
    PROTECTED, PARTIAL, UNPROTECTED, NOT_APPLICABLE;

    private static final Set<String> JIT_QUALITY_CHECKS = Set.of(
            VmJitCoversManagementPortsCheck.ID, VmJitMaxDurationCheck.ID, VmJitSourceRestrictedCheck.ID,
            VmJitBypassedCheck.ID);

    /** NOT_APPLICABLE without an NSG, UNPROTECTED outside JIT, PARTIAL when another JIT check fails. */
    public static JitStatus from(Map<String, Outcome> outcomesByCheck) {
        Outcome enabled = outcomesByCheck.get(VmJitEnabledCheck.ID);
        if (enabled == null || enabled == Outcome.NOT_APPLICABLE) {
            return NOT_APPLICABLE;
        }
        if (enabled == Outcome.FAIL) {
            return UNPROTECTED;
        }
        boolean weak = JIT_QUALITY_CHECKS.stream().anyMatch(id -> outcomesByCheck.get(id) == Outcome.FAIL);
        return weak ? PARTIAL : PROTECTED;
    }
}
