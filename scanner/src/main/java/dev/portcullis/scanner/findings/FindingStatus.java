package dev.portcullis.scanner.findings;

/** Where a finding stands. SUPPRESSED arrives with suppressions. */
public enum FindingStatus {
    OPEN, RESOLVED
}
