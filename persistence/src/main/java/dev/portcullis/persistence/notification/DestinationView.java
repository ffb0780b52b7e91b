package dev.portcullis.persistence.notification;

import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A destination as the API and the pages show it: never its URL (only {@link #urlShown}, scheme and host) nor its
 * secret (only whether it has one).
 *
 * @param grant     the creator's role and tenants when it was made: the destination's tenants
 * @param ownerRef  the local account that made it; null when made by a single sign-on person
 * @param checkIds  the checks it wants; empty for every check
 * @param events    event wire names ({@code finding.opened}, ...)
 */
public record DestinationView(UUID id, String name, DestinationType type, String urlShown, boolean hasSecret,
                              List<String> recipients, String language, Severity minSeverity, List<String> checkIds,
                              List<String> events, Grant grant, UUID ownerRef, String createdBy, Instant createdAt,
                              Instant updatedAt) {

    public DestinationView {
        recipients = List.copyOf(recipients);
        checkIds = List.copyOf(checkIds);
        events = List.copyOf(events);
    }

    /**
     * Whether a caller may see and change it: every tenant of the destination lies within the caller's own (an ADMIN,
     * or anyone, over every tenant sees all). Another caller's destination reads as unknown.
     */
    public boolean visibleTo(Caller caller) {
        return caller.covers(grant.allTenants(), grant.tenants());
    }
}
