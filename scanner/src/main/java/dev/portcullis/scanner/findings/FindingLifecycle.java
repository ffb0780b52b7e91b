package dev.portcullis.scanner.findings;

import dev.portcullis.scanner.inventory.ArmIds;
import dev.portcullis.scanner.rules.CheckResult;
import dev.portcullis.scanner.rules.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what one successful subscription scan does to its findings. Pure: the ledger persists the outcome.
 * <ul>
 *   <li>a failing result opens a new finding, reopens a resolved one, or keeps an open one open;</li>
 *   <li>an open finding resolves when the same check now passes or no longer applies, or when its resource is gone
 *       from the inventory ({@code RESOURCE_DELETED});</li>
 *   <li>an open finding whose check produced no result for a resource still present stays as it is: what was not
 *       evaluated is unknown, and unknown is never reported as fixed.</li>
 * </ul>
 */
public final class FindingLifecycle {

    private FindingLifecycle() {
    }

    public static List<Transition> plan(Map<FindingKey, FindingStatus> known, List<CheckResult> results,
                                        Set<String> presentResourceIds) {
        Map<FindingKey, CheckResult> resultsByKey = new HashMap<>();
        results.forEach(result -> resultsByKey.put(FindingKey.of(result.checkId(), result.resourceId()), result));
        Set<String> presentKeys = new java.util.HashSet<>();
        presentResourceIds.forEach(id -> presentKeys.add(ArmIds.key(id)));

        List<Transition> transitions = new ArrayList<>();
        resultsByKey.forEach((key, result) -> {
            if (result.outcome() != Outcome.FAIL) {
                return;
            }
            FindingStatus status = known.get(key);
            if (status == null) {
                transitions.add(new Transition(key, Transition.Type.OPENED, null, result));
            } else if (status == FindingStatus.RESOLVED) {
                transitions.add(new Transition(key, Transition.Type.REOPENED, null, result));
            } else {
                transitions.add(new Transition(key, Transition.Type.STILL_OPEN, null, result));
            }
        });
        known.forEach((key, status) -> {
            if (status != FindingStatus.OPEN) {
                return;
            }
            CheckResult result = resultsByKey.get(key);
            if (result != null && result.outcome() != Outcome.FAIL) {
                String reason = result.outcome() == Outcome.PASS ? Transition.PASSED : Transition.NOT_APPLICABLE;
                transitions.add(new Transition(key, Transition.Type.RESOLVED, reason, null));
            } else if (result == null && !presentKeys.contains(key.resourceKey())) {
                transitions.add(new Transition(key, Transition.Type.RESOLVED, Transition.RESOURCE_DELETED, null));
            }
        });
        return transitions;
    }
}
