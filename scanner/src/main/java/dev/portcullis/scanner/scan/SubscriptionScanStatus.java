package dev.portcullis.scanner.scan;

/** The outcome of one subscription within a scan. */
public enum SubscriptionScanStatus {
    RUNNING, SUCCEEDED, FAILED
}
