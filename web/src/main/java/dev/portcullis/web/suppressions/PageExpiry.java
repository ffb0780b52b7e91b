package dev.portcullis.web.suppressions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The pages ask for an expiry as a date (a date field); the rules take an instant. A date means the start of that day
 * in UTC, so the earliest date that passes is tomorrow. Anything else typed is handed on as it is, for the rules to
 * refuse.
 */
public final class PageExpiry {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PageExpiry() {
    }

    public static String instantText(String typed) {
        if (typed == null) {
            return null;
        }
        String trimmed = typed.trim();
        return DATE.matcher(trimmed).matches() ? trimmed + "T00:00:00Z" : trimmed;
    }

    /** The earliest date a date field offers: tomorrow (UTC). */
    public static String minDate() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    }
}
