package dev.portcullis.engine.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a destination's messages go and in which form. */
public enum DestinationType {
    WEBHOOK, SLACK, TEAMS, EMAIL;

    /** The name as the API writes it: {@code webhook}, {@code slack}, {@code teams}, {@code email}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean sendsToUrl() {
        return this != EMAIL;
    }

    public static Optional<DestinationType> parse(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
    }
}
