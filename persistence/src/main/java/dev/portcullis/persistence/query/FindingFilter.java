package dev.portcullis.persistence.query;

import java.util.UUID;

/** Filters of the findings list; null means "any". */
public record FindingFilter(String status, UUID tenantRef, UUID subscriptionId, String checkId, String severity) {
}
