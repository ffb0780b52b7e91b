package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.JitStatus;
import java.util.Map;
import java.util.Set;

/**
 * A VM's {@link JitStatus} from its JIT check results. Which checks count comes from the catalogue: the check whose
 * {@code check.properties} says {@code jit=enabled} decides whether the VM is in JIT at all, the {@code jit=quality}
 * ones whether that protection is whole.
 */
final class JitVerdict {

    private final Set<String> enabledChecks;
    private final Set<String> qualityChecks;

    JitVerdict(Set<String> enabledChecks, Set<String> qualityChecks) {
        this.enabledChecks = Set.copyOf(enabledChecks);
        this.qualityChecks = Set.copyOf(qualityChecks);
    }

    /** NOT_APPLICABLE without an NSG, UNPROTECTED outside JIT, PARTIAL when another JIT check fails. */
    JitStatus of(Map<String, Outcome> outcomesByCheck) {
        if (enabledChecks.stream().map(outcomesByCheck::get)
                .anyMatch(enabled -> enabled == null || enabled == Outcome.NOT_APPLICABLE)) {
            return JitStatus.NOT_APPLICABLE;
        }
        if (enabledChecks.stream().map(outcomesByCheck::get).anyMatch(enabled -> enabled == Outcome.FAIL)) {
            return JitStatus.UNPROTECTED;
        }
        boolean weak = qualityChecks.stream().anyMatch(id -> outcomesByCheck.get(id) == Outcome.FAIL);
        return weak ? JitStatus.PARTIAL : JitStatus.PROTECTED;
    }
}
