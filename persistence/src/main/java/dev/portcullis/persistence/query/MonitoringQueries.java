package dev.portcullis.persistence.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public record OpenFindings(String severity, String checkId, long count) {
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
        return em.createQuery("select f.severity, f.checkId, count(f) from FindingEntity f where f.status = 'OPEN'"
                        + " group by f.severity, f.checkId", Object[].class)
                .getResultStream()
                .map(row -> new OpenFindings((String) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    /**
     * Every enabled subscription with the end of its latest successful scan (latest by start, through
     * {@code subscription_scan_latest_idx}).
     */
    @SuppressWarnings("unchecked")
    public List<LastSuccess> lastSuccesses() {
        List<Object[]> rows = em.createNativeQuery("""
                select s.subscription_id, l.finished_at, s.created_at
                  from subscription s
                  left join lateral (select ss.finished_at from subscription_scan ss
                                      where ss.subscription_ref = s.id and ss.status = 'SUCCEEDED'
                                      order by ss.started_at desc limit 1) l on true
                 where s.enabled""").getResultList();
        return rows.stream().map(row -> new LastSuccess((UUID) row[0], SqlValues.instant(row[1]),
                SqlValues.instant(row[2]))).toList();
    }

    /** Subscription scans QUEUED and RUNNING (through {@code subscription_scan_active_idx}). */
    public ScanJobs scanJobs() {
        long queued = 0;
        long running = 0;
        for (Object[] row : em.createQuery("select ss.status, count(ss) from SubscriptionScanEntity ss"
                + " where ss.status in ('QUEUED', 'RUNNING') group by ss.status", Object[].class).getResultList()) {
            if ("QUEUED".equals(row[0])) {
                queued = (Long) row[1];
            } else {
                running = (Long) row[1];
            }
        }
        return new ScanJobs(queued, running);
    }
}
