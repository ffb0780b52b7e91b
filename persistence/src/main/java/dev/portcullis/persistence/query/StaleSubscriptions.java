package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Subscriptions whose latest scan failed: what is shown of them is as of their last successful scan. */
final class StaleSubscriptions {

    private StaleSubscriptions() {
    }

    @SuppressWarnings("unchecked")
    static Set<UUID> refs(EntityManager em) {
        List<UUID> rows = em.createNativeQuery("""
                select s.id from subscription s
                  join lateral (select ss.status from subscription_scan ss where ss.subscription_ref = s.id
                                 order by ss.started_at desc limit 1) l on l.status = 'FAILED'""", UUID.class)
                .getResultList();
        return new HashSet<>(rows);
    }

    /** Whether this subscription's latest scan failed. */
    static boolean isStale(EntityManager em, UUID subscriptionRef) {
        return em.createQuery("select ss.status from SubscriptionScanEntity ss where ss.subscriptionRef = :s"
                        + " order by ss.startedAt desc", SubscriptionScanStatus.class)
                .setParameter("s", subscriptionRef).setMaxResults(1).getResultStream()
                .anyMatch(SubscriptionScanStatus.FAILED::equals);
    }
}
