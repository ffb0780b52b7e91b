package dev.portcullis.persistence.suppression;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Creates, lists and deletes suppressions. Validation is the caller's; this stores what it is given. */
@ApplicationScoped
@Transactional
public class SuppressionStore {

    /** A new suppression: exactly one of resourceId, resourceGroup (with subscriptionId), tagKey/tagValue. */
    public record Draft(String checkId, String resourceId, UUID subscriptionId, String resourceGroup, String tagKey,
                        String tagValue, String reason, String author, Instant expiresAt) {
    }

    public SuppressionView create(Draft draft) {
        SuppressionEntity entity = new SuppressionEntity();
        entity.id = UUID.randomUUID();
        entity.checkId = draft.checkId();
        entity.resourceId = draft.resourceId();
        entity.resourceKey = draft.resourceId() == null ? null : draft.resourceId().toLowerCase(Locale.ROOT);
        entity.subscriptionId = draft.subscriptionId();
        entity.resourceGroup = draft.resourceGroup();
        entity.tagKey = draft.tagKey();
        entity.tagValue = draft.tagValue();
        entity.reason = draft.reason();
        entity.author = draft.author();
        entity.createdAt = Instant.now();
        entity.expiresAt = draft.expiresAt();
        entity.persist();
        return toView(entity, Instant.now());
    }

    public List<SuppressionView> list() {
        Instant now = Instant.now();
        return SuppressionEntity.<SuppressionEntity>list("order by createdAt desc").stream()
                .map(e -> toView(e, now)).toList();
    }

    public boolean delete(UUID id) {
        return SuppressionEntity.deleteById(id);
    }

    private static SuppressionView toView(SuppressionEntity e, Instant now) {
        return new SuppressionView(e.id, e.checkId, e.resourceId, e.subscriptionId, e.resourceGroup,
                e.tagKey == null ? null : e.tagKey + "=" + e.tagValue, e.reason, e.author, e.createdAt, e.expiresAt,
                e.expiresAt != null && !e.expiresAt.isAfter(now));
    }
}
