package dev.portcullis.persistence.audit;

import java.time.Instant;

/** One line of the audit log: who did what to what, when, from where, and whether it happened. */
public record AuditEntry(long id, Instant at, String actor, String action, String outcome, String target,
                         String detail, String sourceAddress) {
}
