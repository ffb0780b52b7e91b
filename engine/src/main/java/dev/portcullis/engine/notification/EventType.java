package dev.portcullis.engine.notification;

import java.util.Arrays;
import java.util.Optional;

/** What a notification tells: the names destinations subscribe to and webhooks carry in {@code type}. */
public enum EventType {
    FINDING_OPENED("finding.opened"),
    FINDING_REOPENED("finding.reopened"),
    FINDING_RESOLVED("finding.resolved"),
    SCAN_FAILED("scan.failed"),
    SUBSCRIPTION_STALE("subscription.stale");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean aboutAFinding() {
        return this == FINDING_OPENED || this == FINDING_REOPENED || this == FINDING_RESOLVED;
    }

    public static Optional<EventType> parse(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
