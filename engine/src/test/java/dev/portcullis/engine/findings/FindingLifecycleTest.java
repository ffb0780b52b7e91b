package dev.portcullis.engine.findings;

import dev.portcullis.engine.vocabulary.FindingStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingLifecycleTest {

    private static final String VM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web";
    private static final FindingKey KEY = FindingKey.of("vm_jit_enabled", VM);

    private static CheckResult result(Outcome outcome) {
        return new CheckResult("vm_jit_enabled", VM, "web", outcome, "detail");
    }

    private static Transition only(List<Transition> transitions) {
        assertThat(transitions).hasSize(1);
        return transitions.get(0);
    }

    @Test
    void firstFailureOpensAFinding() {
        Transition t = only(FindingLifecycle.plan(Map.of(), List.of(result(Outcome.FAIL)), Set.of(VM)));
        assertThat(t.type()).isEqualTo(Transition.Type.OPENED);
    }

    @Test
    void failureOfAResolvedFindingReopensIt() {
        Transition t = only(FindingLifecycle.plan(Map.of(KEY, FindingStatus.RESOLVED), List.of(result(Outcome.FAIL)),
                Set.of(VM)));
        assertThat(t.type()).isEqualTo(Transition.Type.REOPENED);
    }

    @Test
    void passingCheckResolvesAnOpenFinding() {
        Transition t = only(FindingLifecycle.plan(Map.of(KEY, FindingStatus.OPEN), List.of(result(Outcome.PASS)),
                Set.of(VM)));
        assertThat(t.type()).isEqualTo(Transition.Type.RESOLVED);
        assertThat(t.reason()).isEqualTo(Transition.PASSED);
    }

    @Test
    void deletedResourceResolvesItsFindingsWithResourceDeleted() {
        Transition t = only(FindingLifecycle.plan(Map.of(KEY, FindingStatus.OPEN), List.of(), Set.of()));
        assertThat(t.type()).isEqualTo(Transition.Type.RESOLVED);
        assertThat(t.reason()).isEqualTo(Transition.RESOURCE_DELETED);
    }

    @Test
    void presentResourceWithoutAResultKeepsItsFindingOpen() {
        assertThat(FindingLifecycle.plan(Map.of(KEY, FindingStatus.OPEN), List.of(), Set.of(VM))).isEmpty();
    }

    @Test
    void resourceIdsMatchWhateverTheirCase() {
        Transition t = only(FindingLifecycle.plan(Map.of(KEY, FindingStatus.OPEN),
                List.of(new CheckResult("vm_jit_enabled", VM.toUpperCase(), "web", Outcome.FAIL, "d")),
                Set.of(VM.toUpperCase())));
        assertThat(t.type()).isEqualTo(Transition.Type.STILL_OPEN);
    }

    @Test
    void resolvedFindingThatStillPassesProducesNoTransition() {
        assertThat(FindingLifecycle.plan(Map.of(KEY, FindingStatus.RESOLVED), List.of(result(Outcome.PASS)),
                Set.of(VM))).isEmpty();
    }

    private static List<Transition.Type> types(List<Transition> transitions) {
        return transitions.stream().map(Transition::type).toList();
    }

    @Test
    void newFailureMatchedBySuppressionOpensThenSuppresses() {
        assertThat(types(FindingLifecycle.plan(Map.of(), List.of(result(Outcome.FAIL)), Set.of(VM), r -> true)))
                .containsExactly(Transition.Type.OPENED, Transition.Type.SUPPRESSED);
    }

    @Test
    void openFindingNewlyMatchedIsSuppressed() {
        assertThat(types(FindingLifecycle.plan(Map.of(KEY, FindingStatus.OPEN), List.of(result(Outcome.FAIL)),
                Set.of(VM), r -> true))).containsExactly(Transition.Type.SUPPRESSED);
    }

    @Test
    void suppressedFindingWhoseSuppressionEndedIsUnsuppressed() {
        assertThat(types(FindingLifecycle.plan(Map.of(KEY, FindingStatus.SUPPRESSED), List.of(result(Outcome.FAIL)),
                Set.of(VM), r -> false))).containsExactly(Transition.Type.UNSUPPRESSED);
    }

    @Test
    void suppressedFindingThatPassesResolves() {
        assertThat(types(FindingLifecycle.plan(Map.of(KEY, FindingStatus.SUPPRESSED), List.of(result(Outcome.PASS)),
                Set.of(VM), r -> true))).containsExactly(Transition.Type.RESOLVED);
    }

    @Test
    void resolvedFindingFailingAgainUnderSuppressionReopensThenSuppresses() {
        assertThat(types(FindingLifecycle.plan(Map.of(KEY, FindingStatus.RESOLVED), List.of(result(Outcome.FAIL)),
                Set.of(VM), r -> true))).containsExactly(Transition.Type.REOPENED, Transition.Type.SUPPRESSED);
    }
}
