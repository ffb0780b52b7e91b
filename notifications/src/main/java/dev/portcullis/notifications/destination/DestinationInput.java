package dev.portcullis.notifications.destination;

import java.util.List;
import java.util.Set;

/**
 * A destination's fields as a request gives them, before any rule is applied. {@code given} names the fields the
 * request carried: on a creation a field not given is absent; on a change (JSON merge semantics) a field not given
 * stays as it is, and a field given as null is cleared where it may be ({@code checks}: every check again).
 */
public record DestinationInput(Set<String> given, String name, String type, String url, String secret,
                               List<String> to, String language, String minSeverity, List<String> checks,
                               List<String> events) {

    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String URL = "url";
    public static final String SECRET = "secret";
    public static final String TO = "to";
    public static final String LANGUAGE = "language";
    public static final String MIN_SEVERITY = "minSeverity";
    public static final String CHECKS = "checks";
    public static final String EVENTS = "events";

    /** Every field a request may set, in the order they are checked. */
    public static final List<String> FIELDS = List.of(NAME, TYPE, URL, SECRET, TO, LANGUAGE, MIN_SEVERITY, CHECKS,
            EVENTS);

    public DestinationInput {
        given = Set.copyOf(given);
        to = to == null ? null : List.copyOf(to);
        checks = checks == null ? null : List.copyOf(checks);
        events = events == null ? null : List.copyOf(events);
    }

    public boolean has(String field) {
        return given.contains(field);
    }
}
