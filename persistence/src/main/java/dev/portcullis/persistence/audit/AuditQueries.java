package dev.portcullis.persistence.audit;

import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Reads the audit log, newest first. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    private static final String COLUMNS = "select id, at, actor, action, outcome, target, detail, source_address"
            + " from audit_event";
    private static final int EXPORT_BATCH = 1000;

    private final EntityManager em;

    public AuditQueries(EntityManager em) {
        this.em = em;
    }

    /** Filters of the log; null means any. */
    public record AuditFilter(Instant from, Instant to, String actor, String action) {
    }

    public Page<AuditEntry> page(AuditFilter filter, int page, int size) {
        Query count = bind(em.createNativeQuery("select count(*) from audit_event" + where(filter)), filter);
        Query select = bind(em.createNativeQuery(COLUMNS + where(filter) + " order by at desc, id desc"
                + " limit :limit offset :offset", Tuple.class), filter)
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        return new Page<>(entries(select), ((Number) count.getSingleResult()).longValue(), page, size);
    }

    /** Every matching entry, newest first, handed over in batches so an export of a long log is not held whole. */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        Long before = null;
        while (true) {
            String where = where(filter) + (before == null ? "" : (where(filter).isEmpty() ? " where" : " and")
                    + " id < :before");
            Query select = bind(em.createNativeQuery(COLUMNS + where + " order by id desc limit :limit", Tuple.class),
                    filter)
                    .setParameter("limit", EXPORT_BATCH);
            if (before != null) {
                select.setParameter("before", before);
            }
            List<AuditEntry> batch = entries(select);
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            before = batch.get(batch.size() - 1).id();
        }
    }

    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.from() != null) {
            where.append(" and at >= :from");
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
        }
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
        }
        return where.isEmpty() ? "" : " where" + where.substring(4);
    }

    private static Query bind(Query query, AuditFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        return query;
    }

    private static List<AuditEntry> entries(Query select) {
        return Row.all(select).stream()
                .map(row -> new AuditEntry(row.longValue("id"), row.instant("at"), row.string("actor"),
                        row.string("action"), row.string("outcome"), row.string("target"), row.string("detail"),
                        row.string("source_address")))
                .toList();
    }

}
