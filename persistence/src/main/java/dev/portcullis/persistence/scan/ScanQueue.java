package dev.portcullis.persistence.scan;

import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The scans waiting to run, in PostgreSQL: at most one queued per scope (a unique index), and a scope's next scan starts
 * only when its previous one has finished. Claiming locks the rows it takes ({@code for update skip locked}), so
 * replicas sharing the database never start the same scan twice.
 */
@ApplicationScoped
public class ScanQueue {

    /** Stands for "no tenant" or "no subscription" in a scope key: everything. */
    private static final String NONE = "'00000000-0000-0000-0000-000000000000'";
    private static final String SAME_SCOPE = "coalesce(%1$s.scope_tenant, " + NONE + ") = coalesce(%2$s.scope_tenant, "
            + NONE + ") and coalesce(%1$s.scope_subscription, " + NONE + ") = coalesce(%2$s.scope_subscription, "
            + NONE + ")";

    private final EntityManager em;

    public ScanQueue(EntityManager em) {
        this.em = em;
    }

    /** A scan asked for: its id, and whether this request queued it or joined the one already queued. */
    public record Queued(UUID id, boolean joined) {
    }

    /** A scan claimed to run now, with what it covers and the instant it is recorded at, if back-dated. */
    public record Claimed(UUID id, UUID scopeTenant, UUID scopeSubscription, Instant asOf) {
    }

    /**
     * Queues a scan of this scope, or answers with the one already queued for it.
     *
     * @param asOf the instant to record the scan at (the demo's history), or null for when it runs
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Queued enqueue(UUID scopeTenant, UUID scopeSubscription, String trigger, Instant asOf, Instant now) {
        return enqueue(scopeTenant, scopeSubscription, trigger, asOf, now, null);
    }

    /**
     * Like {@link #enqueue(UUID, UUID, String, Instant, Instant)}, the scan startable only from {@code notBefore}
     * (null: at once). A request without one that joins a waiting scan makes it startable at once: nobody waits for
     * a settling burst they did not ask for. Joins the caller's transaction, if any.
     */
    @Transactional
    public Queued enqueue(UUID scopeTenant, UUID scopeSubscription, String trigger, Instant asOf, Instant now,
                          Instant notBefore) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<?> inserted = sql("insert into scan (id, status, trigger, scope_tenant, scope_subscription,"
                            + " requested_at, as_of, not_before) values (:id, 'QUEUED', :trigger, :tenant,"
                            + " :subscription, :requested, :asOf, :notBefore) on conflict (coalesce(scope_tenant, "
                            + NONE + "),"
                            + " coalesce(scope_subscription, " + NONE + ")) where status = 'QUEUED' do nothing"
                            + " returning id")
                    .setParameter("id", UUID.randomUUID(), UUID.class).setParameter("trigger", trigger)
                    .setParameter("tenant", scopeTenant, UUID.class)
                    .setParameter("subscription", scopeSubscription, UUID.class)
                    .setParameter("requested", asOf == null ? now : asOf, Instant.class)
                    .setParameter("asOf", asOf, Instant.class)
                    .setParameter("notBefore", notBefore, Instant.class)
                    .getResultList();
            if (!inserted.isEmpty()) {
                return new Queued((UUID) inserted.get(0), false);
            }
            List<?> waiting = sql("select id from scan where status = 'QUEUED'"
                            + " and coalesce(scope_tenant, " + NONE + ") = coalesce(:tenant, " + NONE + ")"
                            + " and coalesce(scope_subscription, " + NONE + ") = coalesce(:subscription, " + NONE + ")")
                    .setParameter("tenant", scopeTenant, UUID.class)
                    .setParameter("subscription", scopeSubscription, UUID.class)
                    .getResultList();
            if (!waiting.isEmpty()) {
                UUID joined = (UUID) waiting.get(0);
                if (notBefore == null) {
                    em.createNativeQuery("update scan set not_before = null where id = :id")
                            .setParameter("id", joined).executeUpdate();
                }
                return new Queued(joined, true);
            }
        }
        throw new IllegalStateException("the scan queue kept changing while a scan was asked for");
    }

    /**
     * Marks RUNNING, and returns, the queued scans due by {@code now} whose scope has no scan running, oldest first;
     * each is the caller's to start, in the caller's transaction (which schedules their jobs in the same commit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Claimed> claimStartable(Instant now) {
        List<Row> rows = Row.all(em.createNativeQuery("select s.id, s.scope_tenant, s.scope_subscription, s.as_of"
                + " from scan s where s.status = 'QUEUED' and (s.not_before is null or s.not_before <= :now)"
                + " and not exists (select 1 from scan r"
                + " where r.status = 'RUNNING' and " + SAME_SCOPE.formatted("r", "s") + ") order by s.requested_at"
                + " for update of s skip locked", Tuple.class).setParameter("now", now));
        List<Claimed> claimed = new ArrayList<>();
        for (Row row : rows) {
            claimed.add(new Claimed(row.uuid("id"), row.uuid("scope_tenant"), row.uuid("scope_subscription"),
                    row.instant("as_of")));
        }
        if (!claimed.isEmpty()) {
            em.createNativeQuery("update scan set status = 'RUNNING', started_at = coalesce(as_of, :now)"
                            + " where id in (:ids)")
                    .setParameter("now", now).setParameter("ids", claimed.stream().map(Claimed::id).toList())
                    .executeUpdate();
        }
        return claimed;
    }

    @SuppressWarnings("unchecked")
    private org.hibernate.query.NativeQuery<Object> sql(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class);
    }

}
