package dev.portcullis.simulator.fault;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A misbehaviour to inject into ARM responses: an error status (with {@code Retry-After} for 429),
 * a delay, or both. Applies to requests whose path contains a match of {@link #matching(String)}
 * ({@code find()}, not a full match); by default to every path. Immutable: each method returns a
 * new fault.
 *
 * <pre>{@code
 * Fault.status(429).retryAfterSeconds(1).times(1).matching("(?i)/providers/Microsoft.Compute/virtualMachines")
 * Fault.delayMillis(2000).matching("(?i)/networkSecurityGroups")
 * }</pre>
 */
public final class Fault {

    /** {@link #times()} of a fault that applies until cleared. */
    public static final int UNLIMITED = -1;

    private final Pattern pattern;
    private final Integer status;
    private final Integer retryAfterSeconds;
    private final long delayMillis;
    private final int times;

    private Fault(Pattern pattern, Integer status, Integer retryAfterSeconds, long delayMillis, int times) {
        this.pattern = pattern;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.delayMillis = delayMillis;
        this.times = times;
    }

    /** Answer with this HTTP status and an ARM error body instead of the resource. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx, not " + status);
        }
        return new Fault(Pattern.compile(""), status, null, 0, UNLIMITED);
    }

    /** Wait this long, then answer normally. */
    public static Fault delayMillis(long millis) {
        return new Fault(Pattern.compile(""), null, null, requireNonNegative(millis, "delay"), UNLIMITED);
    }

    /** Sends {@code Retry-After: seconds} with the error status. */
    public Fault retryAfterSeconds(int seconds) {
        requireNonNegative(seconds, "retry-after");
        return new Fault(pattern, status, seconds, delayMillis, times);
    }

    /** Also waits this long before answering. */
    public Fault withDelayMillis(long millis) {
        return new Fault(pattern, status, retryAfterSeconds, requireNonNegative(millis, "delay"), times);
    }

    /** Applies to the next {@code n} matching requests, then expires. */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1, not " + n);
        }
        return new Fault(pattern, status, retryAfterSeconds, delayMillis, n);
    }

    /** Applies to request paths in which {@code regex} is found. */
    public Fault matching(String regex) {
        return new Fault(Pattern.compile(Objects.requireNonNull(regex, "regex")), status, retryAfterSeconds, delayMillis, times);
    }

    public boolean matches(String path) {
        return pattern.matcher(path).find();
    }

    public String regex() {
        return pattern.pattern();
    }

    /** The error status, or {@code null} for a delay-only fault. */
    public Integer status() {
        return status;
    }

    /** The {@code Retry-After} seconds, or {@code null} when none is sent. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long delayMillis() {
        return delayMillis;
    }

    /** How many matching requests it applies to, or {@link #UNLIMITED}. */
    public int times() {
        return times;
    }

    @Override
    public String toString() {
        return "Fault[match=" + pattern.pattern() + ", status=" + status + ", retryAfter=" + retryAfterSeconds
                + ", delayMs=" + delayMillis + ", times=" + (times == UNLIMITED ? "unlimited" : times) + "]";
    }

    private static long requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}
