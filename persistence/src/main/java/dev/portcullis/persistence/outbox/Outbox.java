package dev.portcullis.persistence.outbox;

import dev.portcullis.engine.notification.EventType;
import dev.portcullis.persistence.finding.FindingEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes events for destinations in the caller's transaction, beside what caused them: a finding's transition, a
 * subscription's failed collection, a scan's end. Nothing is written if the transaction rolls back, and nothing that
 * commits is lost: the dispatcher turns each into deliveries later.
 */
public final class Outbox {

    private Outbox() {
    }

    /** A finding opened, reopened or resolved by a scan, with the finding as that scan left it. */
    public static void finding(EventType type, FindingEntity finding, UUID tenantRef, UUID scanRef, Instant at) {
        OutboxEventEntity event = new OutboxEventEntity();
        event.id = UUID.randomUUID();
        event.type = type.wireName();
        event.occurredAt = at;
        event.tenantRef = tenantRef;
        event.subscriptionRef = finding.subscriptionRef;
        event.findingRef = finding.id;
        event.scanRef = scanRef;
        event.checkId = finding.checkId;
        event.severity = finding.severity.name();
        event.resourceId = finding.resourceId;
        event.resourceName = finding.resourceName;
        event.detail = finding.detail;
        event.persist();
    }

    /**
     * A subscription's part of a scan just FAILED: the subscription is stale (what is shown of it is as of its last
     * successful scan). Told once, when it becomes stale: not again while its following scans fail too.
     */
    public static void subscriptionStaleIfNewly(EntityManager em, UUID subscriptionScanId, Instant at) {
        // Two scans failing the same subscription at once would each miss the other's uncommitted failure: they take
        // the subscription's apply lock (FindingLedger's) in turn, so the second sees the first's and tells nothing.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('apply subscription '"
                        + " || subscription_ref::text, 0)) from subscription_scan where id = :part")
                .setParameter("part", subscriptionScanId).getResultList();
        em.createNativeQuery("""
                        insert into outbox_event (id, type, occurred_at, tenant_ref, subscription_ref, scan_ref, detail)
                        select gen_random_uuid(), :type, :at, s.tenant_ref, s.id, p.scan_ref, p.error
                          from subscription_scan p join subscription s on s.id = p.subscription_ref
                         where p.id = :part and p.status = 'FAILED'
                           and coalesce((select q.status from subscription_scan q
                                          where q.subscription_ref = p.subscription_ref and q.id <> p.id
                                            and q.status in ('SUCCEEDED', 'FAILED')
                                          order by q.finished_at desc nulls last limit 1), 'SUCCEEDED') <> 'FAILED'
                        """)
                .setParameter("type", EventType.SUBSCRIPTION_STALE.wireName()).setParameter("at", at)
                .setParameter("part", subscriptionScanId).executeUpdate();
    }

    /**
     * A scan ended FAILED or PARTIAL: one event per tenant of it with a failed subscription, saying how many of the
     * tenant's subscriptions failed.
     */
    public static void scanFailed(EntityManager em, UUID scanId, Instant at) {
        em.createNativeQuery("""
                        insert into outbox_event (id, type, occurred_at, tenant_ref, scan_ref, detail)
                        select gen_random_uuid(), :type, :at, s.tenant_ref, :scan,
                               count(*) filter (where p.status = 'FAILED') || ' of ' || count(*)
                               || ' subscriptions failed'
                          from subscription_scan p join subscription s on s.id = p.subscription_ref
                         where p.scan_ref = :scan
                         group by s.tenant_ref
                        having count(*) filter (where p.status = 'FAILED') > 0
                        """)
                .setParameter("type", EventType.SCAN_FAILED.wireName()).setParameter("at", at)
                .setParameter("scan", scanId).executeUpdate();
    }
}
