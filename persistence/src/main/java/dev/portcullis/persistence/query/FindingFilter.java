package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import java.util.UUID;

/** Filters of the findings list; null means "any". */
public record FindingFilter(FindingStatus status, UUID tenantRef, UUID subscriptionId, String checkId,
                            Severity severity) {
}
