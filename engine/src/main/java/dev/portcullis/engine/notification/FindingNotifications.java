package dev.portcullis.engine.notification;

import dev.portcullis.engine.findings.FindingKey;
import dev.portcullis.engine.findings.Transition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a scan's finding transitions are worth telling: a finding opened, reopened or resolved. A suppressed
 * finding tells nothing, whether it opens suppressed, stays suppressed or resolves while suppressed; a suppression
 * made, expired or deleted tells nothing either (it is not a change of the estate).
 */
public final class FindingNotifications {

    private FindingNotifications() {
    }

    /**
     * The event per finding, in the transitions' order. {@code before} holds each known finding's status before the
     * scan (absent for a finding the scan opens).
     */
    public static Map<FindingKey, EventType> of(List<Transition> transitions, Map<FindingKey, FindingStatus> before) {
        Map<FindingKey, EventType> events = new LinkedHashMap<>();
        Map<FindingKey, Boolean> suppressed = new LinkedHashMap<>();
        for (Transition transition : transitions) {
            FindingKey key = transition.key();
            switch (transition.type()) {
                case OPENED -> events.put(key, EventType.FINDING_OPENED);
                case REOPENED -> events.put(key, EventType.FINDING_REOPENED);
                case RESOLVED -> {
                    if (before.get(key) == FindingStatus.OPEN) {
                        events.put(key, EventType.FINDING_RESOLVED);
                    }
                }
                case SUPPRESSED, STILL_SUPPRESSED -> suppressed.put(key, true);
                default -> {
                }
            }
        }
        suppressed.keySet().forEach(events::remove);
        return events;
    }
}
