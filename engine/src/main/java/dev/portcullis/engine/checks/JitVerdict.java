package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.JitStatus;
import java.util.Map;
import java.util.Set;

/** A VM's {@link JitStatus} from its JIT check results. */
final class JitVerdict {

    private static final Set<String> JIT_QUALITY_CHECKS = Set.of(
            VmJitCoversManagementPortsCheck.ID, VmJitMaxDurationCheck.ID, VmJitSourceRestrictedCheck.ID,
            VmJitBypassedCheck.ID);

    private JitVerdict() {
    }

    /** NOT_APPLICABLE without an NSG, UNPROTECTED outside JIT, PARTIAL when another JIT check fails. */
    static JitStatus of(Map<String, Outcome> outcomesByCheck) {
        Outcome enabled = outcomesByCheck.get(VmJitEnabledCheck.ID);
        if (enabled == null || enabled == Outcome.NOT_APPLICABLE) {
            return JitStatus.NOT_APPLICABLE;
        }
        if (enabled == Outcome.FAIL) {
            return JitStatus.UNPROTECTED;
        }
        boolean weak = JIT_QUALITY_CHECKS.stream().anyMatch(id -> outcomesByCheck.get(id) == Outcome.FAIL);
        return weak ? JitStatus.PARTIAL : JitStatus.PROTECTED;
    }
}
