package dev.portcullis.engine.vocabulary;

/** Where a finding stands. SUPPRESSED: still failing, but an active suppression accepts the risk. */
public enum FindingStatus {
    OPEN, RESOLVED, SUPPRESSED
}
