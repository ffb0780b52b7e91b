package dev.portcullis.scanner.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * Slows a session down before ARM throttles it. ARM meters reads with a token bucket per subscription, principal and
 * region (250 tokens, refilled at 25 a second) and tells, on every answer to a read, how many are left
 * ({@code x-ms-ratelimit-remaining-subscription-reads}). That header is the one signal every replica, and every other
 * client of the same principal, shares: when it falls below the threshold, this session's next request waits until the
 * bucket would be back at the threshold at the documented refill rate, {@code (threshold - remaining) / 25} seconds,
 * never more than {@link #LONGEST} (a whole bucket's refill). The wait is a "not before" time, so a retry that already
 * waited out a {@code Retry-After} does not wait again; an answer 429 itself is left to the retry policy and its
 * {@code Retry-After}. A threshold of 0 turns pacing off.
 */
final class ArmReadPacing implements HttpPipelinePolicy {

    static final HttpHeaderName REMAINING_READS = HttpHeaderName.fromString(
            "x-ms-ratelimit-remaining-subscription-reads");
    /** Tokens ARM puts back into a subscription's read bucket each second. */
    static final int REFILL_PER_SECOND = 25;
    /** The longest pause: an empty 250-token bucket is full again after 10 s. */
    static final Duration LONGEST = Duration.ofSeconds(10);

    private final int threshold;
    private final ArmTraffic.Observer traffic;
    private final AtomicInteger pauses = new AtomicInteger();
    private final AtomicLong pausedNanos = new AtomicLong();
    /** The next request is not sent before this {@link System#nanoTime()}, while {@link #pending}. */
    private volatile long notBefore;
    private volatile boolean pending;

    ArmReadPacing(int threshold, ArmTraffic.Observer traffic) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the remaining-reads threshold is 0 (off) or more, not " + threshold);
        }
        this.threshold = threshold;
        this.traffic = traffic;
    }

    /** How long a request waits when ARM says {@code remaining} reads are left: zero at or above the threshold. */
    static Duration pause(int threshold, int remaining) {
        int missing = threshold - Math.max(0, remaining);
        if (missing <= 0) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofMillis((missing * 1000L + REFILL_PER_SECOND - 1) / REFILL_PER_SECOND);
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        Duration wait = waitBeforeSending();
        Mono<HttpResponse> send = Mono.defer(next::process).doOnNext(this::observe);
        return wait.isZero() ? send : Mono.delay(wait).then(send);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        Duration wait = waitBeforeSending();
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArmCallException("interrupted while waiting for ARM's read budget to refill", e);
            }
        }
        HttpResponse response = next.processSync();
        observe(response);
        return response;
    }

    /** The wait still to go before the next request, counted as a pause when there is one. */
    private Duration waitBeforeSending() {
        if (!pending) {
            return Duration.ZERO;
        }
        long left = notBefore - System.nanoTime();
        pending = false;
        if (left <= 0) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofNanos(left);
        pauses.incrementAndGet();
        pausedNanos.addAndGet(left);
        traffic.paused(wait);
        return wait;
    }

    private void observe(HttpResponse response) {
        if (threshold == 0 || response == null || response.getStatusCode() == 429) {
            return;
        }
        String value = response.getHeaderValue(REMAINING_READS);
        if (value == null) {
            return;
        }
        int remaining;
        try {
            remaining = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return;
        }
        Duration pause = pause(threshold, remaining);
        if (pause.isZero()) {
            pending = false;
        } else {
            notBefore = System.nanoTime() + pause.toNanos();
            pending = true;
        }
    }

    /** Requests that waited for the read budget. */
    int pauses() {
        return pauses.get();
    }

    /** How long they waited in all. */
    Duration paused() {
        return Duration.ofNanos(pausedNanos.get());
    }
}
