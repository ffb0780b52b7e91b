package dev.portcullis.persistence.query;

/**
 * Fired (as a CDI event) when what the read models show has changed: a subscription's scan results were applied, a
 * scan finished, or a finding was suppressed or unsuppressed. Caches of read models observe it after the change is
 * committed.
 */
public record EstateChanged(String cause) {
}
