package dev.portcullis.engine.vocabulary;

/** The state of one subscription's part of a scan: QUEUED until a replica claims it, then RUNNING, then its outcome. */
public enum SubscriptionScanStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    /** Whether the part is done, whatever its outcome. */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
