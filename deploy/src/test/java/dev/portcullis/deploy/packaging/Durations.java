package dev.portcullis.deploy.packaging;

import java.time.Duration;
import java.util.Locale;

/** Reads durations written the way Quarkus accepts them ({@code 30s}, {@code 2m}, {@code PT30S}, {@code 45}). */
final class Durations {

    private Durations() {
    }

    static long seconds(String text) {
        String value = text.trim();
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(value).toSeconds();
        }
        if (value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        switch (value.charAt(value.length() - 1)) {
            case 's':
                return amount;
            case 'm':
                return amount * 60;
            case 'h':
                return amount * 3600;
            default:
                throw new IllegalArgumentException("not a duration: " + text);
        }
    }
}
