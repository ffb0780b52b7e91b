package dev.portcullis.engine.checks;

/**
 * A check's verdict on one resource. NOT_EVALUATED: part of what the verdict depends on could not be read; such a
 * result is not stored and leaves the resource's findings as they are (unknown is never reported as fixed).
 */
public enum Outcome {
    PASS, FAIL, NOT_APPLICABLE, NOT_EVALUATED
}
