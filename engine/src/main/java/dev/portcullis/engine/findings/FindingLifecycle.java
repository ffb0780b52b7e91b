package dev.portcullis.engine.findings;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides what one successful subscription scan does to its findings. Pure: the ledger persists the outcome.
 * <ul>
 *   <li>a failing result opens a new finding, reopens a resolved one, or keeps an open one open; when an active
 *       suppression matches it, the finding is (or stays) SUPPRESSED instead, and a suppressed finding whose
 *       suppression no longer matches is UNSUPPRESSED back to OPEN;</li>
 *   <li>an open or suppressed finding resolves when the same check now passes or no longer applies, or when its
 *       resource is gone from the inventory ({@code RESOURCE_DELETED});</li>
 *   <li>a finding whose check produced no result for a resource still present stays as it is: what was not
 *       evaluated is unknown, and unknown is never reported as fixed.</li>
 * </ul>
 */
public final class FindingLifecycle {

    private FindingLifecycle() {
    }

    /**
     * A suppression created now for the finding: an OPEN finding is SUPPRESSED at once, with the suppression's
     * reason; any other finding waits for its next scan (a resolved one stays resolved).
     */
    public static Optional<Transition> suppressedNow(FindingKey key, FindingStatus status, String reason) {
        return status == FindingStatus.OPEN
                ? Optional.of(new Transition(key, Transition.Type.SUPPRESSED, reason, null)) : Optional.empty();
    }

    /** The finding's suppressions deleted now: a SUPPRESSED finding is OPEN again at once. */
    public static Optional<Transition> unsuppressedNow(FindingKey key, FindingStatus status) {
        return status == FindingStatus.SUPPRESSED
                ? Optional.of(new Transition(key, Transition.Type.UNSUPPRESSED, null, null)) : Optional.empty();
    }

    /** The status a finding has after the transition; {@code before} for the STILL_… ones. */
    public static FindingStatus statusAfter(Transition.Type type, FindingStatus before) {
        return switch (type) {
            case OPENED, REOPENED, UNSUPPRESSED -> FindingStatus.OPEN;
            case SUPPRESSED -> FindingStatus.SUPPRESSED;
            case RESOLVED -> FindingStatus.RESOLVED;
            case STILL_OPEN, STILL_SUPPRESSED -> before;
        };
    }

    /** Whether the transition is recorded as an event in the finding's history (the STILL_… ones are not). */
    public static boolean recorded(Transition.Type type) {
        return type != Transition.Type.STILL_OPEN && type != Transition.Type.STILL_SUPPRESSED;
    }

    public static List<Transition> plan(Map<FindingKey, FindingStatus> known, List<CheckResult> results,
                                        Set<String> presentResourceIds) {
        return plan(known, results, presentResourceIds, result -> false);
    }

    public static List<Transition> plan(Map<FindingKey, FindingStatus> known, List<CheckResult> results,
                                        Set<String> presentResourceIds, Predicate<CheckResult> suppressed) {
        Map<FindingKey, CheckResult> resultsByKey = new HashMap<>();
        results.forEach(result -> resultsByKey.put(FindingKey.of(result.checkId(), result.resourceId()), result));
        Set<String> presentKeys = new HashSet<>();
        presentResourceIds.forEach(id -> presentKeys.add(ArmIds.key(id)));

        List<Transition> transitions = new ArrayList<>();
        resultsByKey.forEach((key, result) -> {
            if (result.outcome() == Outcome.FAIL) {
                failing(key, known.get(key), result, suppressed.test(result), transitions);
            }
        });
        known.forEach((key, status) -> {
            if (status == FindingStatus.RESOLVED) {
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

    private static void failing(FindingKey key, FindingStatus status, CheckResult result, boolean suppress,
                                List<Transition> transitions) {
        if (status == null) {
            transitions.add(new Transition(key, Transition.Type.OPENED, null, result));
        } else if (status == FindingStatus.RESOLVED) {
            transitions.add(new Transition(key, Transition.Type.REOPENED, null, result));
        }
        boolean wasSuppressed = status == FindingStatus.SUPPRESSED;
        if (suppress) {
            transitions.add(new Transition(key, wasSuppressed ? Transition.Type.STILL_SUPPRESSED
                    : Transition.Type.SUPPRESSED, null, result));
        } else if (wasSuppressed) {
            transitions.add(new Transition(key, Transition.Type.UNSUPPRESSED, null, result));
        } else if (status == FindingStatus.OPEN) {
            transitions.add(new Transition(key, Transition.Type.STILL_OPEN, null, result));
        }
    }
}
