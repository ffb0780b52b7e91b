package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Remediation metrics from the finding events: time to resolve by severity, open findings by age. */
@ApplicationScoped
@Transactional
public class MetricsQueries {

    private static final List<String> BUCKETS = List.of("<1d", "1-7d", "7-30d", "30-90d", ">90d");

    private final EntityManager em;

    public MetricsQueries(EntityManager em) {
        this.em = em;
    }

    public RemediationMetrics remediation(TenantScope tenantScope, UUID tenantRef, UUID subscriptionId, Instant from,
                                          Instant to) {
        String scope = " and " + tenantScope.condition("s.tenant_ref")
                + (tenantRef == null ? "" : " and s.tenant_ref = :tenant")
                + (subscriptionId == null ? "" : " and s.subscription_id = :subscription");
        Query resolved = em.createNativeQuery("""
                select severity, count(*) as resolved, avg(hours) as mean_hours,
                       percentile_cont(0.5) within group (order by hours) as median_hours
                  from (select f.severity,
                               extract(epoch from e.at - (select o.at from finding_event o
                                                           where o.finding_ref = e.finding_ref
                                                             and o.type in ('OPENED', 'REOPENED')
                                                             and o.at <= e.at
                                                           order by o.at desc limit 1)) / 3600 as hours
                          from finding_event e
                          join finding f on f.id = e.finding_ref
                          join subscription s on s.id = f.subscription_ref
                         where e.type = 'RESOLVED' and e.at >= :from and e.at <= :to %s) periods
                 where hours is not null
                 group by severity""".formatted(scope), Tuple.class)
                .setParameter("from", from).setParameter("to", to);
        Query open = em.createNativeQuery("""
                select case when age < interval '1 day' then '<1d'
                            when age < interval '7 days' then '1-7d'
                            when age < interval '30 days' then '7-30d'
                            when age < interval '90 days' then '30-90d'
                            else '>90d' end as bucket, count(*) as findings
                  from (select now() - coalesce(o.opened_at, f.first_seen_at) as age
                          from finding f
                          join subscription s on s.id = f.subscription_ref
                          left join (select finding_ref, max(at) as opened_at from finding_event
                                      where type in ('OPENED', 'REOPENED') group by finding_ref) o
                            on o.finding_ref = f.id
                         where f.status = 'OPEN' %s) open_findings
                 group by 1""".formatted(scope), Tuple.class);
        for (Query query : List.of(resolved, open)) {
            tenantScope.bind(query);
            if (tenantRef != null) {
                query.setParameter("tenant", tenantRef);
            }
            if (subscriptionId != null) {
                query.setParameter("subscription", subscriptionId);
            }
        }
        Map<Severity, RemediationMetrics.TimeToResolve> bySeverity = new EnumMap<>(Severity.class);
        for (Severity sev : Severity.values()) {
            bySeverity.put(sev, new RemediationMetrics.TimeToResolve(sev.name(), 0, null, null));
        }
        for (Row row : Row.all(resolved)) {
            Severity sev = row.enumValue("severity", Severity.class);
            bySeverity.put(sev, new RemediationMetrics.TimeToResolve(sev.name(),
                    row.longValue("resolved"), round(row.doubleOrNull("mean_hours")),
                    round(row.doubleOrNull("median_hours"))));
        }
        Map<String, Long> byBucket = new LinkedHashMap<>();
        BUCKETS.forEach(b -> byBucket.put(b, 0L));
        for (Row row : Row.all(open)) {
            byBucket.put(row.string("bucket"), row.longValue("findings"));
        }
        List<RemediationMetrics.AgeBucket> buckets = new ArrayList<>();
        byBucket.forEach((b, n) -> buckets.add(new RemediationMetrics.AgeBucket(b, n)));
        return new RemediationMetrics(List.copyOf(bySeverity.values()), buckets);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
