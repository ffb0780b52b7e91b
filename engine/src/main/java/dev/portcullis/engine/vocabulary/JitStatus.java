package dev.portcullis.engine.vocabulary;

/** A VM's overall Just-In-Time protection, derived from its JIT check results ({@code JitVerdict}). */
public enum JitStatus {
    PROTECTED, PARTIAL, UNPROTECTED, NOT_APPLICABLE
}
