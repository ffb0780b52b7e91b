package dev.portcullis.engine.vocabulary;

/** How bad a failing check is, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
