package dev.portcullis.scanner.rules;

/** A check's verdict on one resource. */
public enum Outcome {
    PASS, FAIL, NOT_APPLICABLE
}
