package dev.portcullis.persistence.suppression;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which findings the suppressions hold: a finding is held by every suppression in force that matches it (as
 * {@code engine.findings.Suppression#matches} decides at a scan: its check if it names one, and its resource, its
 * resource group of its subscription, or a tag of its VM as last scanned). Counts are of SUPPRESSED findings in the
 * caller's tenants, the ones the findings list shows under "Suppressed"; a finding held by two suppressions counts
 * for each.
 */
@ApplicationScoped
@Transactional
public class HeldFindings {

    /**
     * {@code s} (suppression) matches {@code f} (finding, with {@code vm} its VM row, if any): SQL for
     * {@code Suppression#matches}, on the lower-cased resource key ({@code /subscriptions/<id>/resourcegroups/<rg>/…}).
     */
    private static final String MATCHES = "(s.expires_at is null or s.expires_at > :now)"
            + " and (s.check_id is null or s.check_id = f.check_id)"
            + " and (s.resource_key = f.resource_key"
            + "   or (s.resource_group is not null and split_part(f.resource_key, '/', 3) = s.subscription_id::text"
            + "       and split_part(f.resource_key, '/', 4) = 'resourcegroups'"
            + "       and split_part(f.resource_key, '/', 5) = lower(s.resource_group))"
            + "   or (s.tag_key is not null and exists (select 1 from jsonb_each_text(vm.tags) t"
            + "       where lower(t.key) = lower(s.tag_key) and t.value = s.tag_value)))";

    private final EntityManager em;

    public HeldFindings(EntityManager em) {
        this.em = em;
    }

    /** Suppression id → how many SUPPRESSED findings of the scope it holds now; one query for every suppression. */
    public Map<UUID, Long> countsBySuppression(TenantScope scope) {
        Map<UUID, Long> counts = new HashMap<>();
        Row.all(scope.bind(em.createNativeQuery("select s.id as suppression, count(*) as held"
                        + " from finding f join subscription sub on sub.id = f.subscription_ref"
                        + " left join virtual_machine vm on vm.resource_key = f.resource_key"
                        + " join suppression s on " + MATCHES
                        + " where f.status = :suppressed and " + scope.condition("sub.tenant_ref")
                        + " group by s.id", Tuple.class))
                .setParameter("now", Instant.now()).setParameter("suppressed", FindingStatus.SUPPRESSED.name()))
                .forEach(row -> counts.put(row.uuid("suppression"), row.longValue("held")));
        return counts;
    }

    /** The suppressions in force that match one finding (so hold it while it fails), newest first. */
    public List<UUID> suppressionsOf(UUID findingId) {
        return em.createNativeQuery("select s.id from finding f"
                        + " left join virtual_machine vm on vm.resource_key = f.resource_key"
                        + " join suppression s on " + MATCHES
                        + " where f.id = :finding order by s.created_at desc", UUID.class)
                .setParameter("now", Instant.now()).setParameter("finding", findingId).getResultList();
    }
}
