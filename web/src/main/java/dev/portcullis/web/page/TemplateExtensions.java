package dev.portcullis.web.page;

import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.persistence.query.FindingView;
import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Small helpers the templates call on values. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {
    }

    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** The instant to the minute, in UTC, as pages show times (the exact instant is in the datetime attribute). */
    public static String utc(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** Whole minutes from the instant to now. */
    public static long minutesAgo(Instant at) {
        return Math.max(0, Duration.between(at, Instant.now()).toMinutes());
    }

    public static long hoursAgo(Instant at) {
        return minutesAgo(at) / 60;
    }

    public static long daysAgo(Instant at) {
        return minutesAgo(at) / (60 * 24);
    }

    /** Milliseconds as a duration, for the duration tag. */
    public static Duration asDuration(Long millis) {
        return Duration.ofMillis(millis);
    }

    /** A duration's whole milliseconds (durations under a second are shown so). */
    public static long millis(Duration duration) {
        return duration.toMillis();
    }

    /** A duration under a minute in seconds to a tenth, as {@code 4.2}. */
    public static String secondsToATenth(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    public static long wholeHours(Duration duration) {
        return duration.toHours();
    }

    public static long wholeMinutes(Duration duration) {
        return duration.toMinutes();
    }

    /** The minutes beyond the whole hours. */
    public static long minutesOfHour(Duration duration) {
        return duration.toMinutesPart();
    }

    /** The seconds beyond the whole minutes. */
    public static long secondsOfMinute(Duration duration) {
        return duration.toSecondsPart();
    }

    /** The last segment of an ARM id: the resource's name. */
    public static String lastSegment(String armId) {
        return armId == null ? "" : armId.substring(armId.lastIndexOf('/') + 1);
    }

    /** The value encoded for a query parameter, e.g. an ARM id in {@code /vm?id=}. */
    public static String urlParam(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * What a finding of the check says, by the finding's status: the failure ("A management port of the VM is reachable
     * from the internet") while it is open or suppressed, the requirement once it is resolved.
     */
    public static String statement(CheckDefinition check, String findingStatus) {
        return check.headline(FindingStatus.valueOf(findingStatus));
    }

    /** Whether the finding's resource is its subscription itself (a subscription-wide check), not a resource in it. */
    public static boolean aboutTheSubscription(FindingView finding) {
        return finding.resourceId() != null
                && finding.resourceId().equalsIgnoreCase("/subscriptions/" + finding.subscriptionId());
    }
}
