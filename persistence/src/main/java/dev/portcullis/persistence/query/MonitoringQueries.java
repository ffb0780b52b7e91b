package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import dev.portcullis.persistence.sql.Jpql;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The installation's figures for its operators' monitoring (Prometheus on the management port): one small query
 * each, over every tenant, never a query per label. They read only PostgreSQL, so every replica reports the same.
 * Unlike the read models behind the API and the pages they take no {@link TenantScope}: nobody's view of the estate
 * is asked for, only totals and subscription ids.
 */
@ApplicationScoped
@Transactional
public class MonitoringQueries {

    private final EntityManager em;

    public MonitoringQueries(EntityManager em) {
        this.em = em;
    }

    /** Open findings of one severity and check. */
    public record OpenFindings(Severity severity, String checkId, long count) {
    }

    /**
     * An enabled subscription and the end of its latest successful scan.
     *
     * @param lastSuccessAt when its latest successful subscription scan finished; {@code null} if none ever did
     * @param onboardedAt when Portcullis first recorded it
     */
    public record LastSuccess(UUID subscriptionId, Instant lastSuccessAt, Instant onboardedAt) {
    }

    /** Subscription scans waiting to run and running. */
    public record ScanJobs(long queued, long running) {
    }

    /** Open findings by severity and check (the same findings {@code GET /api/v1/findings?status=OPEN} lists). */
    public List<OpenFindings> openFindings() {
        return Row.all(em.createQuery("select f.severity as severity, f.checkId as checkId, count(f) as findings"
                        + " from FindingEntity f where f.status = " + Jpql.literal(FindingStatus.OPEN)
                        + " group by f.severity, f.checkId", Tuple.class))
                .stream()
                .map(row -> new OpenFindings(row.get("severity", Severity.class), row.string("checkId"),
                        row.get("findings", Long.class)))
                .toList();
    }

    /**
     * Every enabled subscription with the end of its latest successful scan (latest by start, through
     * {@code subscription_scan_latest_idx}).
     */
    public List<LastSuccess> lastSuccesses() {
        List<Row> rows = Row.all(em.createNativeQuery("""
                select s.subscription_id, l.finished_at, s.created_at
                  from subscription s
                  left join lateral (select ss.finished_at from subscription_scan ss
                                      where ss.subscription_ref = s.id and ss.status = 'SUCCEEDED'
                                      order by ss.started_at desc limit 1) l on true
                 where s.enabled""", Tuple.class));
        return rows.stream().map(row -> new LastSuccess(row.uuid("subscription_id"), row.instant("finished_at"),
                row.instant("created_at"))).toList();
    }

    /** Subscription scans QUEUED and RUNNING (through {@code subscription_scan_active_idx}). */
    public ScanJobs scanJobs() {
        long queued = 0;
        long running = 0;
        for (Row row : Row.all(em.createQuery("select ss.status as status, count(ss) as scans"
                + " from SubscriptionScanEntity ss where ss.status in "
                + Jpql.literals(SubscriptionScanStatus.QUEUED, SubscriptionScanStatus.RUNNING) + " group by ss.status",
                Tuple.class))) {
            if (row.get("status", SubscriptionScanStatus.class) == SubscriptionScanStatus.QUEUED) {
                queued = row.get("scans", Long.class);
            } else {
                running = row.get("scans", Long.class);
            }
        }
        return new ScanJobs(queued, running);
    }
}
