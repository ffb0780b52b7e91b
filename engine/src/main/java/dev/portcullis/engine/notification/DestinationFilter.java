package dev.portcullis.engine.notification;

import dev.portcullis.engine.vocabulary.Severity;
import java.util.Set;

/**
 * What a destination wants: which events, and for events about findings, from which severity up and for which checks
 * (all when {@code checks} is empty). Scan and subscription events have neither severity nor check.
 */
public record DestinationFilter(Set<EventType> events, Severity minSeverity, Set<String> checks) {

    public DestinationFilter {
        events = Set.copyOf(events);
        checks = Set.copyOf(checks);
    }

    public boolean wants(EventType type, Severity severity, String checkId) {
        if (!events.contains(type)) {
            return false;
        }
        if (!type.aboutAFinding()) {
            return true;
        }
        return severity != null && severity.compareTo(minSeverity) <= 0
                && (checks.isEmpty() || checks.contains(checkId));
    }
}
