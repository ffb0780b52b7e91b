package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The wait an ARM answer asks for before a retry ({@code Retry-After}, in seconds or as an HTTP date). */
final class RetryAfter {

    private static final HttpHeaderName RETRY_AFTER_MS = HttpHeaderName.fromString("retry-after-ms");
    private static final HttpHeaderName X_MS_RETRY_AFTER_MS = HttpHeaderName.fromString("x-ms-retry-after-ms");

    private RetryAfter() {
    }

    /** Whether the answer asks for no wait, or for one no longer than {@code longest}. */
    static boolean within(HttpResponse response, Duration longest) {
        if (response == null) {
            return true;
        }
        return asked(response).map(wait -> wait.compareTo(longest) <= 0).orElse(true);
    }

    private static Optional<Duration> asked(HttpResponse response) {
        for (HttpHeaderName millis : new HttpHeaderName[] {RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS}) {
            String value = response.getHeaderValue(millis);
            if (value != null) {
                try {
                    return Optional.of(Duration.ofMillis(Long.parseLong(value.trim())));
                } catch (NumberFormatException e) {
                    return Optional.of(Duration.ofDays(365));
                }
            }
        }
        String value = response.getHeaderValue(HttpHeaderName.RETRY_AFTER);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                return Optional.of(Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)));
            } catch (DateTimeParseException unreadable) {
                return Optional.of(Duration.ofDays(365));
            }
        }
    }
}
