package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription with its latest scan outcome and Defender for Servers plan.
 *
 * @param lastScanStatus status of the subscription in its most recent scan, or null if never scanned
 * @param lastSuccessfulScanAt when its data was last collected completely, or null; the age of the data shown
 * @param stale          the latest scan failed: inventory and findings are those of lastSuccessfulScanAt, not of now
 * @param removedAt      when discovery stopped finding it (not scanned since; its history stays), or null
 * @param changes        where change detection stands for it: its activity-log polls and the last change seen
 */
public record SubscriptionView(UUID subscriptionId, String displayName, String state, boolean enabled,
                               String defenderServersTier, String defenderServersSubPlan, String lastScanStatus,
                               Instant lastScanAt, String lastScanError, Instant lastSuccessfulScanAt,
                               boolean stale, Instant removedAt, ChangeDetection changes) {

    /**
     * @param lastChangeSeenAt when the latest change that mattered happened, or null
     * @param lastPollAt       when its activity log was last read (or tried), or null when never
     * @param lastPollError    why the last read failed, or null when it succeeded
     */
    public record ChangeDetection(Instant lastChangeSeenAt, Instant lastPollAt, String lastPollError) {

        public static final ChangeDetection NONE = new ChangeDetection(null, null, null);
    }

    /** The plan in words: {@code Free}, {@code Standard P1}, {@code Standard P2}, or null when not collected yet. */
    public String defenderPlan() {
        if (defenderServersTier == null) {
            return null;
        }
        return defenderServersSubPlan == null ? defenderServersTier : defenderServersTier + " " + defenderServersSubPlan;
    }
}
