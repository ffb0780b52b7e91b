package dev.portcullis.persistence.account;

import dev.portcullis.persistence.throttle.Throttles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Failed sign-ins per client address: after {@link #FAILURES_PER_MINUTE} in a minute, the address is refused until
 * the minute ends, before any password is hashed, so guessing costs the guesser time and the server no bcrypt. Counted
 * in PostgreSQL, so it holds across replicas. The per-account lockout ({@link Accounts}) stays as it is; this one also
 * stops guessing spread over many accounts.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int FAILURES_PER_MINUTE = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Throttles throttles;
    private final Set<String> unthrottled;

    /**
     * @param config its addresses never throttled ({@code portcullis.sign-in.unthrottled-addresses}): none in
     *               production; the test profile's own 127.0.0.1, whose many deliberate failures would otherwise
     *               throttle every test
     */
    public SignInThrottle(Throttles throttles, SignInConfig config) {
        this.throttles = throttles;
        this.unthrottled = config.unthrottledAddresses().orElse(Set.of());
    }

    /** Seconds until the address may try again, or empty when it may try now. */
    public OptionalLong refusal(String address, Instant now) {
        if (unthrottled.contains(address)) {
            return OptionalLong.empty();
        }
        Throttles.Window window = throttles.peek(bucket(address), WINDOW, now);
        return window.hits() >= FAILURES_PER_MINUTE ? OptionalLong.of(window.retryAfterSeconds(now))
                : OptionalLong.empty();
    }

    public void failed(String address, Instant now) {
        if (!unthrottled.contains(address)) {
            throttles.hit(bucket(address), WINDOW, now);
        }
    }

    private static String bucket(String address) {
        return "sign-in-failures:" + (address == null ? "unknown" : address);
    }
}
