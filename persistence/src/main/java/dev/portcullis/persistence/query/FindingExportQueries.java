package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The findings an export streams, read batch by batch: each batch is one short read (its own transaction) of the
 * findings after the last one read, in id order (keyset pagination over the primary key), so an export of any size
 * holds one batch in memory and no transaction stays open while the client reads. Everything a row needs comes from
 * one query (subscription, tenant and the VM's region joined), never one query per finding.
 *
 * <p>Rows written between two batches appear if their id sorts after the last one read; a finding is never written
 * twice. The order is the id's, not the list's severity order: it is the only order a batch can resume from cheaply.
 */
@ApplicationScoped
public class FindingExportQueries {

    private final EntityManager em;

    public FindingExportQueries(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code size} findings the caller may see that match, with ids after {@code after} (null: from the start). */
    @Transactional
    public List<FindingExportRow> batchAfter(TenantScope scope, FindingExportFilter filter, UUID after, int size) {
        StringBuilder sql = new StringBuilder("""
                select f.id, f.check_id, f.resource_id, f.resource_name, f.severity, f.status, f.detail,
                       f.first_seen_at, f.last_seen_at, f.resolved_at, f.reopen_count, f.subscription_ref,
                       s.subscription_id, s.display_name as subscription_name, s.last_good_scan_at,
                       t.tenant_id, vm.location
                  from finding f
                  join subscription s on s.id = f.subscription_ref
                  join tenant t on t.id = s.tenant_ref
                  left join virtual_machine vm on vm.resource_key = f.resource_key
                 where\s""").append(scope.condition("s.tenant_ref"));
        Map<String, Object> params = new HashMap<>();
        FindingFilter list = filter.list();
        if (after != null) {
            sql.append(" and f.id > :after");
            params.put("after", after);
        }
        if (list.status() != null) {
            sql.append(" and f.status = :status");
            params.put("status", list.status().name());
        }
        if (list.tenantRef() != null) {
            sql.append(" and s.tenant_ref = :tenant");
            params.put("tenant", list.tenantRef());
        }
        if (list.subscriptionId() != null) {
            sql.append(" and s.subscription_id = :subscription");
            params.put("subscription", list.subscriptionId());
        }
        if (list.checkId() != null) {
            sql.append(" and f.check_id = :check");
            params.put("check", list.checkId());
        }
        if (list.severity() != null) {
            sql.append(" and f.severity = :severity");
            params.put("severity", list.severity().name());
        }
        if (filter.resourceKey() != null) {
            sql.append(" and f.resource_key = :resource");
            params.put("resource", filter.resourceKey());
        }
        sql.append(" order by f.id limit :size");
        params.put("size", size);
        Query select = scope.bind(em.createNativeQuery(sql.toString(), Tuple.class));
        params.forEach(select::setParameter);
        List<Row> rows = Row.all(select);
        Set<UUID> stale = rows.isEmpty() ? Set.of() : StaleSubscriptions.refs(em);
        return rows.stream().map(row -> toRow(row, stale.contains(row.uuid("subscription_ref")))).toList();
    }

    private static FindingExportRow toRow(Row row, boolean stale) {
        FindingStatus status = row.enumValue("status", FindingStatus.class);
        FindingView finding = new FindingView(row.uuid("id"), row.string("check_id"), row.string("resource_id"),
                row.string("resource_name"), row.uuid("subscription_id"), row.string("subscription_name"),
                row.string("severity"), status.name(),
                row.instant("first_seen_at"),
                FindingQueries.lastSeen(status, row.instant("last_seen_at"), row.instant("last_good_scan_at")),
                row.instant("resolved_at"), row.intValue("reopen_count"), row.string("detail"), stale);
        return new FindingExportRow(finding, row.string("subscription_name"), row.uuid("tenant_id"),
                row.string("location"));
    }
}
