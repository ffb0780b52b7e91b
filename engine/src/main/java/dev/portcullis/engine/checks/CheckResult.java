package dev.portcullis.engine.checks;

/** A check's verdict on one resource in one scan, with a human-readable reason. */
public record CheckResult(String checkId, String resourceId, String resourceName, Outcome outcome, String detail) {
}
