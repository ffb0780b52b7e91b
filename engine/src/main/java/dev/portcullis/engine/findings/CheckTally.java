package dev.portcullis.engine.findings;

import dev.portcullis.engine.checks.CheckResult;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, per check, one subscription scan's results and the findings it opened and resolved. Pure. */
public final class CheckTally {

    private CheckTally() {
    }

    /** One check's counts. {@code newFindings} counts openings and reopenings. */
    public record Counts(String checkId, int passed, int failed, int notApplicable, int suppressed, int newFindings,
                         int resolvedFindings) {
    }

    /** Counts for every check in {@code checkIds} (zeros included, so a trend sees "none" rather than nothing). */
    public static List<Counts> of(Collection<String> checkIds, List<CheckResult> results,
                                  List<Transition> transitions) {
        return of(checkIds, results, transitions, result -> false);
    }

    /** As above; a failing result an active suppression matches counts as suppressed, not failed. */
    public static List<Counts> of(Collection<String> checkIds, List<CheckResult> results,
                                  List<Transition> transitions, java.util.function.Predicate<CheckResult> suppressed) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        checkIds.forEach(id -> tally.put(id, new int[6]));
        for (CheckResult result : results) {
            int[] t = tally.computeIfAbsent(result.checkId(), k -> new int[6]);
            switch (result.outcome()) {
                case PASS -> t[0]++;
                case FAIL -> t[suppressed.test(result) ? 3 : 1]++;
                case NOT_APPLICABLE -> t[2]++;
            }
        }
        for (Transition transition : transitions) {
            int[] t = tally.computeIfAbsent(transition.key().checkId(), k -> new int[6]);
            switch (transition.type()) {
                case OPENED, REOPENED -> t[4]++;
                case RESOLVED -> t[5]++;
                case STILL_OPEN, SUPPRESSED, UNSUPPRESSED, STILL_SUPPRESSED -> { }
            }
        }
        return tally.entrySet().stream()
                .map(e -> new Counts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        e.getValue()[4], e.getValue()[5]))
                .toList();
    }
}
