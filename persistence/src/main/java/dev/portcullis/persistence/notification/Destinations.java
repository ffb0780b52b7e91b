package dev.portcullis.persistence.notification;

import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.account.GrantColumns;
import dev.portcullis.persistence.secret.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores destinations: the URL and the webhook secret sealed ({@link SecretBox}, bound to the row and the field),
 * read back only as {@link DestinationView}s, which hold neither. Every read and change takes the caller and sees only
 * the destinations whose tenants lie within the caller's ({@link DestinationView#visibleTo}); the rules of what may be
 * stored (URL policy, fields) are the caller's, this stores what it is given.
 */
@ApplicationScoped
@Transactional
public class Destinations {

    /** A new destination; {@code url} and {@code secret} in the clear, sealed here. */
    public record Draft(String name, DestinationType type, String url, String urlShown, String secret,
                        List<String> recipients, String language, Severity minSeverity, List<String> checkIds,
                        List<String> events, Grant grant, UUID ownerRef, String createdBy) {
    }

    /** A change: each null field stays as it is; {@code url} and {@code secret} in the clear, sealed here. */
    public record Change(String name, String url, String urlShown, String secret, List<String> recipients,
                         String language, Severity minSeverity, List<String> checkIds, List<String> events) {
    }

    private final SecretBox box;

    public Destinations(SecretBox box) {
        this.box = box;
    }

    public DestinationView create(Draft draft) {
        DestinationEntity entity = new DestinationEntity();
        entity.id = UUID.randomUUID();
        entity.name = draft.name();
        entity.type = draft.type();
        if (draft.url() != null) {
            entity.urlSealed = box.seal(draft.url(), DestinationEntity.urlContext(entity.id));
            entity.urlShown = draft.urlShown();
        }
        if (draft.secret() != null) {
            entity.secretSealed = box.seal(draft.secret(), DestinationEntity.secretContext(entity.id));
        }
        entity.recipients = draft.recipients().toArray(String[]::new);
        entity.language = draft.language();
        entity.minSeverity = draft.minSeverity();
        entity.checkIds = draft.checkIds().toArray(String[]::new);
        entity.events = draft.events().toArray(String[]::new);
        entity.grant = GrantColumns.of(draft.grant());
        entity.ownerRef = draft.ownerRef();
        entity.createdBy = draft.createdBy();
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        entity.persist();
        return toView(entity);
    }

    /** The destinations the caller may see, by name. */
    public List<DestinationView> list(Caller caller) {
        return DestinationEntity.<DestinationEntity>listAll().stream().map(Destinations::toView)
                .filter(d -> d.visibleTo(caller))
                .sorted(Comparator.comparing((DestinationView d) -> d.name().toLowerCase(Locale.ROOT))
                        .thenComparing(DestinationView::createdAt))
                .toList();
    }

    /** One destination, if the caller may see it. */
    public Optional<DestinationView> find(Caller caller, UUID id) {
        return visible(caller, id).map(Destinations::toView);
    }

    /** Applies a change to a destination the caller may see; empty when there is none. */
    public Optional<DestinationView> change(Caller caller, UUID id, Change change) {
        return visible(caller, id).map(entity -> {
            if (change.name() != null) {
                entity.name = change.name();
            }
            if (change.url() != null) {
                entity.urlSealed = box.seal(change.url(), DestinationEntity.urlContext(entity.id));
                entity.urlShown = change.urlShown();
            }
            if (change.secret() != null) {
                entity.secretSealed = box.seal(change.secret(), DestinationEntity.secretContext(entity.id));
            }
            if (change.recipients() != null) {
                entity.recipients = change.recipients().toArray(String[]::new);
            }
            if (change.language() != null) {
                entity.language = change.language();
            }
            if (change.minSeverity() != null) {
                entity.minSeverity = change.minSeverity();
            }
            if (change.checkIds() != null) {
                entity.checkIds = change.checkIds().toArray(String[]::new);
            }
            if (change.events() != null) {
                entity.events = change.events().toArray(String[]::new);
            }
            entity.updatedAt = Instant.now();
            return toView(entity);
        });
    }

    /** Deletes a destination the caller may see, with its deliveries; false when there is none. */
    public boolean delete(Caller caller, UUID id) {
        Optional<DestinationEntity> entity = visible(caller, id);
        entity.ifPresent(DestinationEntity::delete);
        return entity.isPresent();
    }

    private static Optional<DestinationEntity> visible(Caller caller, UUID id) {
        return DestinationEntity.<DestinationEntity>findByIdOptional(id)
                .filter(entity -> {
                    Grant grant = entity.grant.toGrant();
                    return caller.covers(grant.allTenants(), grant.tenants());
                });
    }

    static DestinationView toView(DestinationEntity e) {
        return new DestinationView(e.id, e.name, e.type, e.urlShown, e.secretSealed != null,
                List.of(e.recipients), e.language, e.minSeverity, List.of(e.checkIds), List.of(e.events),
                e.grant.toGrant(), e.ownerRef, e.createdBy, e.createdAt, e.updatedAt);
    }
}
