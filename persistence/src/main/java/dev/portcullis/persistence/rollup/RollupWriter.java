package dev.portcullis.persistence.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes one subscription scan's per-check counts: a scan rollup row, and the day's rollup (counts replaced by the
 * latest scan of the day, new and resolved findings added up). Runs inside the ledger's transaction.
 */
@ApplicationScoped
public class RollupWriter {

    private final EntityManager em;

    public RollupWriter(EntityManager em) {
        this.em = em;
    }

    /** The counts of one check in one subscription scan. */
    public record CheckCounts(String checkId, int passed, int failed, int notApplicable, int suppressed,
                              int newFindings, int resolvedFindings) {
    }

    public void write(UUID subscriptionScanRef, UUID subscriptionRef, Instant scannedAt, Iterable<CheckCounts> counts) {
        LocalDate day = LocalDate.ofInstant(scannedAt, ZoneOffset.UTC);
        for (CheckCounts c : counts) {
            em.createNativeQuery("""
                    insert into scan_rollup (subscription_scan_ref, subscription_ref, check_id, scanned_at, passed,
                                             failed, not_applicable, suppressed)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, subscriptionScanRef).setParameter(2, subscriptionRef)
                    .setParameter(3, c.checkId()).setParameter(4, scannedAt).setParameter(5, c.passed())
                    .setParameter(6, c.failed()).setParameter(7, c.notApplicable()).setParameter(8, c.suppressed())
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into daily_rollup (subscription_ref, check_id, day, passed, failed, not_applicable,
                                              suppressed, new_findings, resolved_findings)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    on conflict (subscription_ref, check_id, day) do update set
                        passed = excluded.passed, failed = excluded.failed,
                        not_applicable = excluded.not_applicable, suppressed = excluded.suppressed,
                        new_findings = daily_rollup.new_findings + excluded.new_findings,
                        resolved_findings = daily_rollup.resolved_findings + excluded.resolved_findings""")
                    .setParameter(1, subscriptionRef).setParameter(2, c.checkId()).setParameter(3, day)
                    .setParameter(4, c.passed()).setParameter(5, c.failed()).setParameter(6, c.notApplicable())
                    .setParameter(7, c.suppressed()).setParameter(8, c.newFindings())
                    .setParameter(9, c.resolvedFindings())
                    .executeUpdate();
        }
    }
}
