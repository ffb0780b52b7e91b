package dev.portcullis.engine.vocabulary;

/** The outcome of one subscription within a scan. */
public enum SubscriptionScanStatus {
    RUNNING, SUCCEEDED, FAILED
}
