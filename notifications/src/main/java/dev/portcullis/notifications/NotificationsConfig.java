package dev.portcullis.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How events become deliveries and how deliveries are sent ({@code portcullis.notifications.*}). */
@ConfigMapping(prefix = "portcullis.notifications")
public interface NotificationsConfig {

    /** How often each replica looks for events to dispatch and deliveries to send; {@code off} stops both. */
    @WithDefault("1s")
    String tick();

    /** More events than this for one destination from one scan become one digest. */
    @WithDefault("20")
    int digestAbove();

    /** How long events wait for their scan to end (so a digest can count them all) before they go anyway. */
    @WithDefault("30m")
    Duration scanWait();

    /** Events dispatched at most per tick. */
    @WithDefault("10000")
    int dispatchBatch();

    /** Deliveries one replica sends at most per tick. */
    @WithDefault("20")
    int sendBatch();

    /** The wait after a first failed attempt; it doubles with each attempt up to {@link #longestRetry()}. */
    @WithDefault("10s")
    Duration firstRetry();

    @WithDefault("1h")
    Duration longestRetry();

    /** A delivery not delivered this long after it was made is given up (FAILED). */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** Connecting and waiting for a receiver's answer, each. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long a replica holds a delivery it is sending; past it, another replica sends it again. */
    @WithDefault("2m")
    Duration lease();

    /**
     * A PEM file of certificates trusted for receivers besides the JDK's authorities (an internal CA of on-premises
     * receivers; the tests' receiver). Installation configuration, never part of a destination.
     */
    Optional<String> trustCertificates();
}
