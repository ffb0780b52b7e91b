package dev.portcullis.persistence.outbox;

import dev.portcullis.engine.vocabulary.ScanStatus;
import dev.portcullis.persistence.sql.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the dispatcher reads it. One replica dispatches at a time (a transaction-scoped advisory lock), so the
 * events of one scan are never split between replicas and a digest counts them all.
 */
@ApplicationScoped
public class PendingEvents {

    private final EntityManager em;

    public PendingEvents(EntityManager em) {
        this.em = em;
    }

    /** Whether this transaction is now the cluster's dispatcher; false when another replica is dispatching. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean becomeDispatcher() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended('dispatch outbox', 0))")
                .getSingleResult();
    }

    /**
     * Events not dispatched yet whose scan has ended (a digest needs all of a scan's events), or that have waited
     * longer than {@code scanWait} for it; oldest first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxEventEntity> ready(Instant now, Duration scanWait, int limit) {
        return em.createQuery("select e from OutboxEventEntity e where e.dispatchedAt is null"
                        + " and (e.scanRef is null or e.occurredAt < :waitedEnough or not exists (select 1 from"
                        + " ScanEntity s where s.id = e.scanRef and s.status in "
                        + Jpql.literals(ScanStatus.QUEUED, ScanStatus.RUNNING) + "))"
                        + " order by e.occurredAt, e.id", OutboxEventEntity.class)
                .setParameter("waitedEnough", now.minus(scanWait))
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatched(List<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxEventEntity e set e.dispatchedAt = :at where e.id in :ids")
                    .setParameter("at", at).setParameter("ids", ids).executeUpdate();
        }
    }
}
