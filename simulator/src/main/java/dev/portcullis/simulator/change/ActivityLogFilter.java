package dev.portcullis.simulator.change;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activity log's {@code $filter}, which allows only the documented patterns: {@code eventTimestamp ge '<t>'}
 * (required), then optionally {@code and eventTimestamp le '<t>'} and one of {@code resourceGroupName},
 * {@code resourceUri}, {@code resourceProvider}, {@code correlationId} {@code eq '<v>'}. The legacy
 * {@code eventChannels} and {@code levels} terms (still sent by old clients) are accepted and ignored.
 *
 * @param to {@code null} for "up to now"
 */
public record ActivityLogFilter(Instant from, Instant to, String field, String value) {

    private static final Pattern TERM = Pattern.compile("\\s*(\\w+)\\s+(ge|le|eq)\\s+'([^']*)'\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    /** @throws IllegalArgumentException with the message for ARM's 400 when the filter is missing or not allowed */
    public static ActivityLogFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw new IllegalArgumentException("The $filter query parameter is required and must give at least the"
                    + " start time: $filter=eventTimestamp ge '<time>'.");
        }
        Instant from = null;
        Instant to = null;
        String field = null;
        String value = null;
        for (String term : AND.split(filter.trim())) {
            Matcher matcher = TERM.matcher(term);
            if (!matcher.matches()) {
                throw notAllowed(filter);
            }
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            String operator = matcher.group(2).toLowerCase(Locale.ROOT);
            String text = matcher.group(3);
            switch (name + " " + operator) {
                case "eventtimestamp ge" -> from = time(text);
                case "eventtimestamp le" -> to = time(text);
                case "resourcegroupname eq", "resourceuri eq", "resourceprovider eq", "correlationid eq" -> {
                    if (field != null) {
                        throw notAllowed(filter);
                    }
                    field = name;
                    value = text;
                }
                case "eventchannels eq", "levels eq" -> { }
                default -> throw notAllowed(filter);
            }
        }
        if (from == null) {
            throw new IllegalArgumentException("The $filter must give the start time: eventTimestamp ge '<time>'.");
        }
        return new ActivityLogFilter(from, to, field, value);
    }

    public boolean matches(ActivityEvent event, Instant now) {
        Instant until = to == null ? now : to;
        Instant at = event.eventTimestamp();
        if (at.isBefore(from) || at.isAfter(until)) {
            return false;
        }
        if (field == null) {
            return true;
        }
        ArmOperation operation = event.operation();
        return switch (field) {
            case "resourcegroupname" -> value.equalsIgnoreCase(operation.resourceGroup());
            case "resourceuri" -> value.equalsIgnoreCase(operation.resourceId());
            case "resourceprovider" -> value.equalsIgnoreCase(operation.resourceProvider());
            default -> value.equalsIgnoreCase(event.correlationId());
        };
    }

    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text + "Z");
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("The $filter time '" + text + "' is not an ISO 8601 date and time.");
            }
        }
    }

    private static IllegalArgumentException notAllowed(String filter) {
        return new IllegalArgumentException("The $filter '" + filter + "' is not supported. Use eventTimestamp ge"
                + " '<time>' [and eventTimestamp le '<time>'] [and resourceGroupName|resourceUri|resourceProvider|"
                + "correlationId eq '<value>'].");
    }
}
