package dev.portcullis.simulator.estate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times relative to the moment a payload is served, for what must stay current however long after
 * the build it is read (an open JIT request ends after the scan that reads it). Payloads are
 * rendered once with a placeholder such as {@code {{served+PT2H}}} inside a JSON string; the HTTP
 * layer replaces it with the serving clock's time, formatted as ARM writes times in JIT policies
 * ({@code 2026-11-28T09:00:00.0000000Z}).
 */
public final class ServedTime {

    private static final String OPENING = "{{served";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{served([+-])(P[0-9A-Z]+)}}");
    private static final DateTimeFormatter ARM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ServedTime() {
    }

    /** The placeholder for {@code offset} before the moment served. */
    public static String ago(Duration offset) {
        return OPENING + "-" + offset + "}}";
    }

    /** The placeholder for {@code offset} after the moment served. */
    public static String fromNow(Duration offset) {
        return OPENING + "+" + offset + "}}";
    }

    /** {@code json} with every placeholder replaced by the time it names relative to {@code servedAt}. */
    public static String resolve(String json, Instant servedAt) {
        if (!json.contains(OPENING)) {
            return json;
        }
        Matcher matcher = PLACEHOLDER.matcher(json);
        return matcher.replaceAll(match -> {
            Duration offset = Duration.parse(match.group(2));
            Instant at = "-".equals(match.group(1)) ? servedAt.minus(offset) : servedAt.plus(offset);
            return format(at);
        });
    }

    /** {@code 2026-11-28T09:00:00.0000000Z}: whole seconds, seven fractional digits, UTC. */
    public static String format(Instant instant) {
        return ARM_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
