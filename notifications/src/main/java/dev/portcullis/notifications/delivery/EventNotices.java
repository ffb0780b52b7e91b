package dev.portcullis.notifications.delivery;

import dev.portcullis.engine.notification.EventType;
import dev.portcullis.notifications.message.Notice;
import dev.portcullis.persistence.outbox.OutboxEventEntity;
import dev.portcullis.persistence.query.FindingView;
import dev.portcullis.persistence.scan.ScanEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.persistence.tenant.TenantEntity;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outbox events as messages tell them, for one dispatch: tenants, subscriptions, scans and findings are each read
 * once for all the events, not once per event or per destination.
 */
final class EventNotices {

    private final Map<UUID, TenantEntity> tenants;
    private final Map<UUID, SubscriptionEntity> subscriptions;
    private final Map<UUID, ScanEntity> scans;
    private final Map<UUID, FindingView> findings;

    private EventNotices(Map<UUID, TenantEntity> tenants, Map<UUID, SubscriptionEntity> subscriptions,
                         Map<UUID, ScanEntity> scans, Map<UUID, FindingView> findings) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.scans = scans;
        this.findings = findings;
    }

    static EventNotices of(List<OutboxEventEntity> events, Function<Collection<UUID>, List<FindingView>> findings) {
        return new EventNotices(
                load(refs(events, e -> e.tenantRef), ids -> TenantEntity.list("id in ?1", ids), t -> t.id),
                load(refs(events, e -> e.subscriptionRef), ids -> SubscriptionEntity.list("id in ?1", ids), s -> s.id),
                load(refs(events, e -> e.scanRef), ids -> ScanEntity.list("id in ?1", ids), s -> s.id),
                load(refs(events, e -> e.findingRef), findings::apply, FindingView::id));
    }

    /** The Entra tenant id of the event's tenant: what a destination's rights are written in. */
    UUID entraTenantOf(OutboxEventEntity event) {
        return tenants.get(event.tenantRef).tenantId;
    }

    Notice of(OutboxEventEntity event) {
        TenantEntity tenant = tenants.get(event.tenantRef);
        SubscriptionEntity subscription = event.subscriptionRef == null ? null
                : subscriptions.get(event.subscriptionRef);
        ScanEntity scan = event.scanRef == null ? null : scans.get(event.scanRef);
        return new Notice(event.id, EventType.parse(event.type).orElseThrow(), event.occurredAt,
                new Notice.NoticeTenant(tenant.id, tenant.tenantId, tenant.displayName),
                subscription == null ? null : subscription.subscriptionId.toString(),
                subscription == null ? null : subscription.displayName,
                event.findingRef == null ? null : new Notice.NoticeFinding(event.findingRef, event.checkId,
                        event.severity, event.resourceId, event.resourceName, event.detail),
                event.findingRef == null ? null : findings.get(event.findingRef),
                scan == null ? null : new Notice.NoticeScan(scan.id, scan.status.name()),
                event.detail);
    }

    ScanEntity scan(UUID scanRef) {
        return scans.get(scanRef);
    }

    private static List<UUID> refs(List<OutboxEventEntity> events, Function<OutboxEventEntity, UUID> ref) {
        return events.stream().map(ref).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<UUID, T> load(List<UUID> ids, Function<List<UUID>, List<T>> query, Function<T, UUID> id) {
        return ids.isEmpty() ? Map.of() : query.apply(ids).stream().collect(Collectors.toMap(id, t -> t));
    }
}
