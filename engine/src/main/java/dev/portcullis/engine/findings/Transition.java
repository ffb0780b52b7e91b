package dev.portcullis.engine.findings;

import dev.portcullis.engine.checks.CheckResult;

/**
 * What a scan does to one finding. {@code result} is the failing result for every type but RESOLVED, where it is
 * null. A finding can get two transitions in one scan: OPENED or REOPENED, then SUPPRESSED.
 */
public record Transition(FindingKey key, Type type, String reason, CheckResult result) {

    public enum Type {
        OPENED, REOPENED, STILL_OPEN, RESOLVED, SUPPRESSED, UNSUPPRESSED, STILL_SUPPRESSED
    }

    /** Why a finding resolved. */
    public static final String PASSED = "PASSED";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    public static final String RESOURCE_DELETED = "RESOURCE_DELETED";
}
