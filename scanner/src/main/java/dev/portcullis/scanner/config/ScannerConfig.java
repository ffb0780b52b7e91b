package dev.portcullis.scanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Scanner settings, under {@code portcullis.scan}. */
@ConfigMapping(prefix = "portcullis.scan")
public interface ScannerConfig {

    /** How often every enabled subscription is scanned (Quarkus scheduler syntax, {@code off} disables it). */
    @WithDefault("6h")
    String every();

    /** How long after start the first scheduled scan runs. */
    @WithDefault("1m")
    String firstDelay();

    /**
     * Whether {@code POST /api/v1/scans} accepts {@code asOf} to record a scan in the past. Only the demo turns it
     * on: back-dating lets anyone with scan rights rewrite history.
     */
    @WithDefault("false")
    boolean allowBackdating();

    /**
     * How many subscriptions of one tenant one replica collects at the same time ({@code PORTCULLIS_SCAN_PARALLELISM});
     * each tenant has its own, so a tenant whose ARM is slow holds back no other. The cluster collects up to this many
     * per tenant per replica.
     */
    @WithDefault("4")
    int parallelism();

    /**
     * How many times a subscription's part of a scan is run again after it was cut short (its replica died, or the
     * database went away under it) before it is recorded FAILED ({@code PORTCULLIS_SCAN_RETRIES}).
     */
    @WithDefault("2")
    int retries();

    /**
     * How long a stopping replica waits for the collections it runs to finish before it hands them back to the cluster
     * ({@code PORTCULLIS_SHUTDOWN_GRACE}); the orchestrator's termination grace period must be longer.
     */
    @WithDefault("PT30S")
    Duration shutdownGrace();

    /**
     * How long one subscription's collection may take ({@code PORTCULLIS_SCAN_SUBSCRIPTION_TIMEOUT}); past it the
     * collection is stopped and recorded FAILED, and nothing of it is applied.
     */
    @WithDefault("PT15M")
    Duration subscriptionTimeout();

    /** The most pages one ARM list may have before the collection stops it as endless. */
    @WithDefault("5000")
    int maxPagesPerList();

    /** Scan requests one caller may make a minute through the API ({@code PORTCULLIS_SCAN_REQUEST_LIMIT}). */
    @WithDefault("60")
    int requestLimit();

    /** Ports treated like SSH/RDP by the checks, for example 2222. */
    Optional<Set<Integer>> customManagementPorts();

    @WithDefault("PT3H")
    Duration maxJitAccessDuration();

    @WithDefault("PT1H")
    Duration maxWinRmJitAccessDuration();

    Arm arm();

    /** How ARM calls are retried: 429 honours {@code Retry-After}; other retryable errors back off. */
    interface Arm {
        @WithDefault("3")
        int maxRetries();

        @WithDefault("PT0.8S")
        Duration retryBaseDelay();

        /** The longest wait between retries; a {@code Retry-After} asking for longer is not waited for. */
        @WithDefault("PT30S")
        Duration retryMaxDelay();

        /** How long one request may take to connect, or to answer, before it fails. */
        @WithDefault("PT60S")
        Duration requestTimeout();

        /**
         * Below this many remaining reads ({@code x-ms-ratelimit-remaining-subscription-reads}), a session's next
         * request waits until ARM's bucket would be back at it, refilled at 25 a second (at most 10 s); 0 turns the
         * pacing off ({@code PORTCULLIS_ARM_REMAINING_READS_THRESHOLD}).
         */
        @WithDefault("25")
        int remainingReadsThreshold();
    }
}
