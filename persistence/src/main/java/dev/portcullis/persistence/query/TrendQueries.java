package dev.portcullis.persistence.query;

import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Compliance trends from the daily rollups. Each (subscription, check) contributes to a day its own row of that day
 * or, when it was not scanned that day, its last earlier row (carried forward), so a day without scans is never a
 * gap and never a drop to zero. Days before any data are left out.
 *
 * <p>Without a check or subscription filter the answer is read from the per-day totals of each tenant and of every
 * tenant ({@code tenant_daily_total}, {@code daily_total}), which the database keeps with every rollup write: one row
 * per day (and tenant) instead of one per subscription, check and day. They hold how the carried totals change on
 * each day, so the answer is the same as {@link #dailyFromRollups} gives, which the tests hold them to.
 */
@ApplicationScoped
@Transactional
public class TrendQueries {

    /**
     * The columns of a day's changes, in the order {@code points} keeps them: passed, failed, not applicable and
     * suppressed change the state; new and resolved findings are the day's own; rollup rows of the day (none: the day
     * is carried); change in (subscription, check) pairs known.
     */
    private static final List<String> CHANGES = List.of("passed", "failed", "not_applicable", "suppressed",
            "new_findings", "resolved_findings", "rollups", "pairs");

    private final EntityManager em;

    public TrendQueries(EntityManager em) {
        this.em = em;
    }

    /** Filters of a trend; null means any. */
    public record TrendFilter(UUID tenantRef, UUID subscriptionId, String checkId) {
    }

    /** The trend by day; from the per-day totals unless a check or a subscription is asked for. */
    public List<TrendPoint> daily(TenantScope scope, TrendFilter filter, LocalDate from, LocalDate to) {
        if (filter.subscriptionId() != null || filter.checkId() != null) {
            return dailyFromRollups(scope, filter, from, to);
        }
        return dailyFromTotals(scope, filter.tenantRef(), from, to);
    }

    /**
     * The trend by day from the per-day totals: the caller's tenants (all of them: the overall totals; some: theirs
     * summed), or the one tenant asked for within them. Each row adds its changes on its day, rows before {@code from}
     * all on {@code from}.
     */
    List<TrendPoint> dailyFromTotals(TenantScope scope, UUID tenantRef, LocalDate from, LocalDate to) {
        boolean everyTenant = scope.all() && tenantRef == null;
        String where = everyTenant ? "" : " and " + scope.condition("t.tenant_ref")
                + (tenantRef == null ? "" : " and t.tenant_ref = :tenant");
        Query query = em.createNativeQuery("""
                select greatest(t.day, :from) as day, sum(t.passed_change) as passed,
                       sum(t.failed_change) as failed, sum(t.not_applicable_change) as not_applicable,
                       sum(t.suppressed_change) as suppressed,
                       sum(case when t.day >= :from then t.new_findings else 0 end) as new_findings,
                       sum(case when t.day >= :from then t.resolved_findings else 0 end) as resolved_findings,
                       sum(case when t.day >= :from then t.rollups else 0 end) as rollups, sum(t.rollups) as pairs
                  from %s t
                 where t.day <= :to%s
                 group by 1 order by 1""".formatted(
                everyTenant ? "daily_total" : "tenant_daily_total", where), Tuple.class);
        scope.bind(query).setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to));
        if (tenantRef != null) {
            query.setParameter("tenant", tenantRef);
        }
        return points(Row.all(query), from, to);
    }

    /**
     * The trend by day from every rollup row of the selection: for a check or a subscription, and the reference the
     * per-day totals are tested against.
     */
    public List<TrendPoint> dailyFromRollups(TenantScope scope, TrendFilter filter, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" where r.day <= :to and " + scope.condition("s.tenant_ref"));
        if (filter.tenantRef() != null) {
            where.append(" and s.tenant_ref = :tenant");
        }
        if (filter.subscriptionId() != null) {
            where.append(" and s.subscription_id = :subscription");
        }
        if (filter.checkId() != null) {
            where.append(" and r.check_id = :check");
        }
        // Each (subscription, check) row holds from its day until the pair's next row: it adds its counts on the
        // first day it holds in the window and takes them away on the day the next row starts. Summing these
        // changes day by day carries every pair forward without a row per pair and day.
        Query query = em.createNativeQuery("""
                with r as (
                  select r.day, r.passed, r.failed, r.not_applicable, r.suppressed, r.new_findings,
                         r.resolved_findings,
                         lead(r.day) over (partition by r.subscription_ref, r.check_id order by r.day) as next_day
                    from daily_rollup r join subscription s on s.id = r.subscription_ref %s),
                changes as (
                  select greatest(day, :from) as day, passed, failed, not_applicable, suppressed,
                         case when day >= :from then new_findings else 0 end as new_findings,
                         case when day >= :from then resolved_findings else 0 end as resolved_findings,
                         case when day >= :from then 1 else 0 end as scanned, 1 as pairs
                    from r where next_day is null or next_day > :from
                  union all
                  select next_day, -passed, -failed, -not_applicable, -suppressed, 0, 0, 0, -1
                    from r where next_day > :from and next_day <= :to)
                select day, sum(passed) as passed, sum(failed) as failed, sum(not_applicable) as not_applicable,
                       sum(suppressed) as suppressed, sum(new_findings) as new_findings,
                       sum(resolved_findings) as resolved_findings, sum(scanned) as rollups, sum(pairs) as pairs
                  from changes group by day order by day""".formatted(where), Tuple.class);
        scope.bind(query).setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to));
        if (filter.tenantRef() != null) {
            query.setParameter("tenant", filter.tenantRef());
        }
        if (filter.subscriptionId() != null) {
            query.setParameter("subscription", filter.subscriptionId());
        }
        if (filter.checkId() != null) {
            query.setParameter("check", filter.checkId());
        }
        return points(Row.all(query), from, to);
    }

    /**
     * Day by day from {@code from} to {@code to}, the running sums of the changes each row gives on its {@code day}
     * (the {@link #CHANGES}, a sum over no rows counting as zero). A day is in the answer once a pair is known; it is
     * carried when no rollup row is of that day.
     */
    private static List<TrendPoint> points(List<Row> rows, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> changes = new LinkedHashMap<>();
        for (Row row : rows) {
            long[] values = new long[CHANGES.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.longOrZero(CHANGES.get(i));
            }
            changes.put(row.date("day"), values);
        }
        List<TrendPoint> points = new ArrayList<>();
        long[] state = new long[4];
        long pairs = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] change = changes.getOrDefault(day, new long[8]);
            for (int i = 0; i < 4; i++) {
                state[i] += change[i];
            }
            pairs += change[7];
            if (pairs > 0) {
                points.add(TrendPoint.of(day, state[0], state[1], state[2], state[3], change[4], change[5],
                        change[6] == 0));
            }
        }
        return points;
    }

    /** Weeks (Monday first): the state of the week's last day, new and resolved findings summed over the week. */
    public List<TrendPoint> weekly(TenantScope scope, TrendFilter filter, LocalDate from, LocalDate to) {
        Map<LocalDate, List<TrendPoint>> weeks = new LinkedHashMap<>();
        for (TrendPoint day : daily(scope, filter, from, to)) {
            weeks.computeIfAbsent(day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ArrayList<>()).add(day);
        }
        List<TrendPoint> points = new ArrayList<>();
        weeks.forEach((monday, days) -> {
            TrendPoint last = days.get(days.size() - 1);
            points.add(TrendPoint.of(monday, last.passed(), last.failed(), last.notApplicable(), last.suppressed(),
                    days.stream().mapToLong(TrendPoint::newFindings).sum(),
                    days.stream().mapToLong(TrendPoint::resolvedFindings).sum(),
                    days.stream().allMatch(TrendPoint::carried)));
        });
        return points;
    }

}
