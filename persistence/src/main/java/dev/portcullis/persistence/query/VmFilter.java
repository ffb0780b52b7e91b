package dev.portcullis.persistence.query;

import java.util.UUID;

/** Filters of the VM list; null means "any". */
public record VmFilter(UUID tenantRef, UUID subscriptionId, String jitStatus) {
}
