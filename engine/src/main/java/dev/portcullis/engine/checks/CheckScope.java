package dev.portcullis.engine.checks;

/** What a check looks at. */
public enum CheckScope {
    SUBSCRIPTION, VM, SCALE_SET
}
