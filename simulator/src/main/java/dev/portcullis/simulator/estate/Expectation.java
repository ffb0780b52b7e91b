package dev.portcullis.simulator.estate;

/** The result a check is expected to give on one resource of the estate. */
public enum Expectation {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
