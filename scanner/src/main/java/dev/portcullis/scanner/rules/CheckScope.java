package dev.portcullis.scanner.rules;

/** What a check looks at. */
public enum CheckScope {
    SUBSCRIPTION, VM, SCALE_SET
}
