package dev.portcullis.engine.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delivery that failed for a passing reason (5xx, 429, timeout, no connection) is tried again: after
 * {@code first}, doubling with each attempt up to {@code longest}; sooner or later as the receiver's Retry-After asks,
 * within the same ceiling but never sooner than {@code first} (a Retry-After of 0 must not mean every second); never
 * once {@code giveUpAfter} has passed since the delivery was made.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    /**
     * The next attempt after {@code attempts} failed ones, or empty when the delivery is given up (FAILED).
     *
     * @param retryAfter what the receiver asked for (HTTP 429/503 Retry-After), if anything
     */
    public Optional<Instant> next(int attempts, Instant createdAt, Instant now, Optional<Duration> retryAfter) {
        Duration backoff = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        Duration wait = retryAfter.map(asked -> asked.compareTo(first) < 0 ? first : asked).orElse(backoff);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Instant next = now.plus(wait);
        Instant deadline = createdAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
