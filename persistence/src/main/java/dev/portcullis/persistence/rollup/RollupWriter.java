package dev.portcullis.persistence.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Writes one subscription scan's per-check counts: a scan rollup row, and the day's rollup (counts replaced by the
 * latest scan of the day, new and resolved findings added up). Runs inside the ledger's transaction, which holds the
 * subscription's apply lock.
 *
 * <p>The day's rollups of all checks go in one statement: the database's triggers then add this scan's change to the
 * per-day totals of the tenant and of every tenant ({@code V202611291400__daily_totals.sql} says how and why that
 * stays exact with replicas applying at once), once per scan rather than once per check. The checks of a scan are
 * distinct, so the statement never both inserts and updates rows of one check, which those triggers require.
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
        List<CheckCounts> checks = new ArrayList<>();
        counts.forEach(checks::add);
        if (checks.isEmpty()) {
            return;
        }
        for (CheckCounts c : checks) {
            em.createNativeQuery("""
                    insert into scan_rollup (subscription_scan_ref, subscription_ref, check_id, scanned_at, passed,
                                             failed, not_applicable, suppressed)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, subscriptionScanRef).setParameter(2, subscriptionRef)
                    .setParameter(3, c.checkId()).setParameter(4, scannedAt).setParameter(5, c.passed())
                    .setParameter(6, c.failed()).setParameter(7, c.notApplicable()).setParameter(8, c.suppressed())
                    .executeUpdate();
        }
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < checks.size(); i++) {
            values.add(("(:subscription, :check%1$d, :day, :passed%1$d, :failed%1$d, :na%1$d, :suppressed%1$d,"
                    + " :new%1$d, :resolved%1$d)").formatted(i));
        }
        Query daily = em.createNativeQuery("""
                insert into daily_rollup (subscription_ref, check_id, day, passed, failed, not_applicable, suppressed,
                                          new_findings, resolved_findings)
                values %s
                on conflict (subscription_ref, check_id, day) do update set
                    passed = excluded.passed, failed = excluded.failed,
                    not_applicable = excluded.not_applicable, suppressed = excluded.suppressed,
                    new_findings = daily_rollup.new_findings + excluded.new_findings,
                    resolved_findings = daily_rollup.resolved_findings + excluded.resolved_findings"""
                .formatted(values))
                .setParameter("subscription", subscriptionRef).setParameter("day", day);
        for (int i = 0; i < checks.size(); i++) {
            CheckCounts c = checks.get(i);
            daily.setParameter("check" + i, c.checkId()).setParameter("passed" + i, c.passed())
                    .setParameter("failed" + i, c.failed()).setParameter("na" + i, c.notApplicable())
                    .setParameter("suppressed" + i, c.suppressed()).setParameter("new" + i, c.newFindings())
                    .setParameter("resolved" + i, c.resolvedFindings());
        }
        daily.executeUpdate();
    }
}
