package dev.portcullis.persistence.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
 * gap and never a drop to zero.
 */
@ApplicationScoped
@Transactional
public class TrendQueries {

    private final EntityManager em;

    public TrendQueries(EntityManager em) {
        this.em = em;
    }

    /** Filters of a trend; null means any. */
    public record TrendFilter(UUID tenantRef, UUID subscriptionId, String checkId) {
    }

    @SuppressWarnings("unchecked")
    public List<TrendPoint> daily(TrendFilter filter, LocalDate from, LocalDate to) {
        StringBuilder pairs = new StringBuilder("""
                select distinct r.subscription_ref, r.check_id from daily_rollup r
                  join subscription s on s.id = r.subscription_ref
                 where r.day <= :to""");
        if (filter.tenantRef() != null) {
            pairs.append(" and s.tenant_ref = :tenant");
        }
        if (filter.subscriptionId() != null) {
            pairs.append(" and s.subscription_id = :subscription");
        }
        if (filter.checkId() != null) {
            pairs.append(" and r.check_id = :check");
        }
        Query query = em.createNativeQuery("""
                with days as (select d::date as day from generate_series(cast(:from as date), cast(:to as date),
                                                                           interval '1 day') d),
                     pairs as (%s)
                select days.day,
                       sum(last.passed), sum(last.failed), sum(last.not_applicable), sum(last.suppressed),
                       sum(case when last.day = days.day then last.new_findings else 0 end),
                       sum(case when last.day = days.day then last.resolved_findings else 0 end),
                       bool_and(last.day <> days.day)
                  from days
                  cross join pairs p
                  cross join lateral (select r.day, r.passed, r.failed, r.not_applicable, r.suppressed,
                                             r.new_findings, r.resolved_findings
                                        from daily_rollup r
                                       where r.subscription_ref = p.subscription_ref and r.check_id = p.check_id
                                         and r.day <= days.day
                                       order by r.day desc limit 1) last
                 group by days.day
                 order by days.day""".formatted(pairs));
        query.setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to));
        if (filter.tenantRef() != null) {
            query.setParameter("tenant", filter.tenantRef());
        }
        if (filter.subscriptionId() != null) {
            query.setParameter("subscription", filter.subscriptionId());
        }
        if (filter.checkId() != null) {
            query.setParameter("check", filter.checkId());
        }
        Map<LocalDate, TrendPoint> byDay = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            LocalDate day = toDate(row[0]);
            byDay.put(day, TrendPoint.of(day, num(row[1]), num(row[2]), num(row[3]), num(row[4]), num(row[5]),
                    num(row[6]), Boolean.TRUE.equals(row[7])));
        }
        return new ArrayList<>(byDay.values());
    }

    /** Weeks (Monday first): the state of the week's last day, new and resolved findings summed over the week. */
    public List<TrendPoint> weekly(TrendFilter filter, LocalDate from, LocalDate to) {
        Map<LocalDate, List<TrendPoint>> weeks = new LinkedHashMap<>();
        for (TrendPoint day : daily(filter, from, to)) {
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

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
