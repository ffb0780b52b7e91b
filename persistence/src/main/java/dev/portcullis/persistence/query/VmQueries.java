package dev.portcullis.persistence.query;

import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read model of the current VM inventory, paged by name. */
@ApplicationScoped
@Transactional
public class VmQueries {

    private final EntityManager em;

    public VmQueries(EntityManager em) {
        this.em = em;
    }

    public Page<VmView> list(VmFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" from VirtualMachineEntity v, SubscriptionEntity s"
                + " where s.id = v.subscriptionRef");
        Map<String, Object> params = new HashMap<>();
        if (filter.tenantRef() != null) {
            where.append(" and s.tenant.id = :tenant");
            params.put("tenant", filter.tenantRef());
        }
        if (filter.subscriptionId() != null) {
            where.append(" and s.subscriptionId = :subscription");
            params.put("subscription", filter.subscriptionId());
        }
        if (filter.jitStatus() != null) {
            where.append(" and v.jitStatus = :jitStatus");
            params.put("jitStatus", filter.jitStatus());
        }
        TypedQuery<Long> count = em.createQuery("select count(v)" + where, Long.class);
        TypedQuery<Object[]> select = em.createQuery("select v, s.subscriptionId, (select count(f) from"
                + " FindingEntity f where f.resourceKey = v.resourceKey and f.status = 'OPEN')" + where
                + " order by lower(v.name), v.resourceKey", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<VmView> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> toView((VirtualMachineEntity) row[0], (UUID) row[1], (Long) row[2]))
                .toList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    private static VmView toView(VirtualMachineEntity v, UUID subscriptionId, long openFindings) {
        List<VmView.JitPortView> jitPorts = v.jitPorts.stream()
                .map(p -> new VmView.JitPortView(p.number(), p.protocol(), p.allowedSources(),
                        p.maxRequestAccessDuration()))
                .toList();
        return new VmView(v.resourceId, v.name, v.resourceGroup, v.location, subscriptionId, v.osType, v.publicIps,
                v.jitStatus, v.exposedPorts, jitPorts, openFindings);
    }
}
