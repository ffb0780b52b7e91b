package dev.portcullis.scanner.rules;

/** How bad a failing check is, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
