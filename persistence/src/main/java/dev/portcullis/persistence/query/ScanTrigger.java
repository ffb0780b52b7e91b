package dev.portcullis.persistence.query;

import java.time.Instant;

/**
 * A change in Azure that asked for a scan (trigger {@code CHANGE}): what was done to which resource, by whom, when it
 * happened, and how Portcullis learnt of it ({@code ACTIVITY_LOG} or {@code EVENT_GRID}) and when.
 */
public record ScanTrigger(String source, String operation, String resourceId, String caller, Instant occurredAt,
                          Instant receivedAt) {
}
