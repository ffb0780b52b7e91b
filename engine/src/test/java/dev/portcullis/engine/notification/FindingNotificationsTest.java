package dev.portcullis.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.findings.FindingKey;
import dev.portcullis.engine.findings.Transition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingNotificationsTest {

    private static final FindingKey A = new FindingKey("vm_jit_enabled", "/subscriptions/s/vm/a");
    private static final FindingKey B = new FindingKey("vm_jit_enabled", "/subscriptions/s/vm/b");

    private static Transition t(FindingKey key, Transition.Type type) {
        return new Transition(key, type, null, null);
    }

    @Test
    void openedReopenedAndResolvedFindingsAreTold() {
        FindingKey c = new FindingKey("vm_nsg_attached", "/subscriptions/s/vm/c");
        Map<FindingKey, EventType> events = FindingNotifications.of(
                List.of(t(A, Transition.Type.OPENED), t(B, Transition.Type.REOPENED), t(c, Transition.Type.RESOLVED)),
                Map.of(B, FindingStatus.RESOLVED, c, FindingStatus.OPEN));

        assertThat(events).containsExactly(Map.entry(A, EventType.FINDING_OPENED),
                Map.entry(B, EventType.FINDING_REOPENED), Map.entry(c, EventType.FINDING_RESOLVED));
    }

    @Test
    void aFindingThatOpensOrReopensSuppressedTellsNothing() {
        Map<FindingKey, EventType> events = FindingNotifications.of(
                List.of(t(A, Transition.Type.OPENED), t(A, Transition.Type.SUPPRESSED),
                        t(B, Transition.Type.REOPENED), t(B, Transition.Type.STILL_SUPPRESSED)),
                Map.of(B, FindingStatus.RESOLVED));

        assertThat(events).isEmpty();
    }

    @Test
    void aSuppressedFindingThatResolvesTellsNothing() {
        assertThat(FindingNotifications.of(List.of(t(A, Transition.Type.RESOLVED)),
                Map.of(A, FindingStatus.SUPPRESSED))).isEmpty();
    }

    @Test
    void stillOpenAndUnsuppressedFindingsTellNothing() {
        assertThat(FindingNotifications.of(List.of(t(A, Transition.Type.STILL_OPEN), t(B, Transition.Type.UNSUPPRESSED)),
                Map.of(A, FindingStatus.OPEN, B, FindingStatus.SUPPRESSED))).isEmpty();
    }
}
