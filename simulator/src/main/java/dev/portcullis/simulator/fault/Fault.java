package dev.portcullis.simulator.fault;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A misbehaviour to inject into ARM responses: an error status (with {@code Retry-After} for 429),
 * a delay, response headers of its own, or a mix. Applies to requests whose path contains a match of {@link #matching(String)}
 * ({@code find()}, not a full match); by default to every path. Immutable: each method returns a
 * new fault.
 *
 * <pre>{@code
 * Fault.status(429).retryAfterSeconds(1).times(1).matching("(?i)/providers/Microsoft.Compute/virtualMachines")
 * Fault.delayMillis(2000).matching("(?i)/networkSecurityGroups")
 * Fault.header("x-ms-ratelimit-remaining-subscription-reads", "3").times(2)
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
    private final String body;
    private final Map<String, String> headers;

    private Fault(Pattern pattern, Integer status, Integer retryAfterSeconds, long delayMillis, int times) {
        this(pattern, status, retryAfterSeconds, delayMillis, times, null, Map.of());
    }

    private Fault(Pattern pattern, Integer status, Integer retryAfterSeconds, long delayMillis, int times,
                  String body, Map<String, String> headers) {
        this.pattern = pattern;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.delayMillis = delayMillis;
        this.times = times;
        this.body = body;
        this.headers = headers;
    }

    /** Answer with this HTTP status and an ARM error body instead of the resource. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status is 4xx or 5xx, not " + status);
        }
        return new Fault(Pattern.compile(""), status, null, 0, UNLIMITED);
    }

    /**
     * Answer with this status and exactly this JSON body instead of the resource: what a misbehaving or hostile ARM
     * endpoint could say (a next link to another host, an item of another subscription, an error message of its own).
     */
    public static Fault answer(int status, String body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("an answer's status is 2xx to 5xx, not " + status);
        }
        return new Fault(Pattern.compile(""), status, null, 0, UNLIMITED, Objects.requireNonNull(body, "body"),
                Map.of());
    }

    /** Wait this long, then answer normally. */
    public static Fault delayMillis(long millis) {
        return new Fault(Pattern.compile(""), null, null, requireNonNegative(millis, "delay"), UNLIMITED);
    }

    /**
     * Answer normally, with this response header set (replacing the simulator's own value): ARM's
     * {@code x-ms-ratelimit-remaining-subscription-reads} running low, say.
     */
    public static Fault header(String name, String value) {
        return new Fault(Pattern.compile(""), null, null, 0, UNLIMITED).withHeader(name, value);
    }

    /** Sends {@code Retry-After: seconds} with the error status. */
    public Fault retryAfterSeconds(int seconds) {
        requireNonNegative(seconds, "retry-after");
        return new Fault(pattern, status, seconds, delayMillis, times, body, headers);
    }

    /** Also waits this long before answering. */
    public Fault withDelayMillis(long millis) {
        return new Fault(pattern, status, retryAfterSeconds, requireNonNegative(millis, "delay"), times, body,
                headers);
    }

    /** Also sets this response header on the answer, whatever answers (the resource or this fault's status). */
    public Fault withHeader(String name, String value) {
        if (Objects.requireNonNull(name, "name").isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':')) {
            throw new IllegalArgumentException("not a header name: '" + name + "'");
        }
        if (Objects.requireNonNull(value, "value").chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("a header value is one line");
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Fault(pattern, status, retryAfterSeconds, delayMillis, times, body,
                Collections.unmodifiableMap(more));
    }

    /** Applies to the next {@code n} matching requests, then expires. */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1, not " + n);
        }
        return new Fault(pattern, status, retryAfterSeconds, delayMillis, n, body, headers);
    }

    /** Applies to request paths in which {@code regex} is found. */
    public Fault matching(String regex) {
        return new Fault(Pattern.compile(Objects.requireNonNull(regex, "regex")), status, retryAfterSeconds, delayMillis,
                times, body, headers);
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

    /** The exact body to answer with, or {@code null} for ARM's error body of the status. */
    public String body() {
        return body;
    }

    public long delayMillis() {
        return delayMillis;
    }

    /** Response headers this fault sets, in the order given; empty when none. */
    public Map<String, String> headers() {
        return headers;
    }

    /** How many matching requests it applies to, or {@link #UNLIMITED}. */
    public int times() {
        return times;
    }

    @Override
    public String toString() {
        return "Fault[match=" + pattern.pattern() + ", status=" + status + ", retryAfter=" + retryAfterSeconds
                + ", delayMs=" + delayMillis + ", times=" + (times == UNLIMITED ? "unlimited" : times)
                + (body == null ? "" : ", body=" + body.length() + " chars")
                + (headers.isEmpty() ? "" : ", headers=" + headers) + "]";
    }

    private static long requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}
