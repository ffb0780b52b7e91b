package dev.portcullis.persistence.suppression;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subscription an ARM id lies in. */
public final class ArmSubscription {

    private static final Pattern SUBSCRIPTION = Pattern.compile("^/subscriptions/([0-9a-f-]{36})(/.*)?$",
            Pattern.CASE_INSENSITIVE);

    private ArmSubscription() {
    }

    public static Optional<UUID> of(String resourceId) {
        Matcher matcher = SUBSCRIPTION.matcher(resourceId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
