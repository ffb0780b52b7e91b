package dev.portcullis.persistence.suppression;

import dev.portcullis.persistence.query.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * The suppressions a scope sees: those limited to one of its subscriptions (by resource group or by resource),
     * and the tag suppressions, which apply in every tenant.
     */
    public List<SuppressionView> list(TenantScope scope) {
        Instant now = Instant.now();
        Set<UUID> subscriptions = subscriptionsIn(scope);
        return SuppressionEntity.<SuppressionEntity>list("order by createdAt desc").stream()
                .filter(e -> subscriptions == null || subscriptionOf(e) == null
                        || subscriptions.contains(subscriptionOf(e)))
                .map(e -> toView(e, now)).toList();
    }

    /** What became of a deletion. */
    public enum Deletion { DELETED, NOT_FOUND, NEEDS_ALL_TENANTS }

    /** Deletes a suppression of the scope's; a tag suppression, which applies in every tenant, needs all of them. */
    public Deletion delete(TenantScope scope, UUID id) {
        SuppressionEntity entity = SuppressionEntity.findById(id);
        Set<UUID> subscriptions = subscriptionsIn(scope);
        if (entity == null) {
            return Deletion.NOT_FOUND;
        }
        UUID subscription = subscriptionOf(entity);
        if (subscriptions != null && subscription != null && !subscriptions.contains(subscription)) {
            return Deletion.NOT_FOUND;
        }
        if (subscriptions != null && subscription == null) {
            return Deletion.NEEDS_ALL_TENANTS;
        }
        entity.delete();
        return Deletion.DELETED;
    }

    /** The subscription ids of a scope's tenants; null for all tenants. */
    public Set<UUID> subscriptionsIn(TenantScope scope) {
        if (scope.all()) {
            return null;
        }
        return Set.copyOf(scope.bind(SuppressionEntity.getEntityManager().createQuery(
                "select s.subscriptionId from SubscriptionEntity s where " + scope.condition("s.tenant.id"),
                UUID.class)).getResultList());
    }

    /** The subscription a suppression is limited to, its own or its resource's; null for a tag suppression. */
    static UUID subscriptionOf(SuppressionEntity e) {
        if (e.subscriptionId != null) {
            return e.subscriptionId;
        }
        return e.resourceKey == null ? null : ArmSubscription.of(e.resourceKey).orElse(null);
    }

    private static SuppressionView toView(SuppressionEntity e, Instant now) {
        return new SuppressionView(e.id, e.checkId, e.resourceId, e.subscriptionId, e.resourceGroup,
                e.tagKey == null ? null : e.tagKey + "=" + e.tagValue, e.reason, e.author, e.createdAt, e.expiresAt,
                e.expiresAt != null && !e.expiresAt.isAfter(now));
    }
}
