package dev.portcullis.persistence.query;

import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read model of the current VM inventory. */
@ApplicationScoped
@Transactional
public class VmQueries {

    private static final String OPEN_FINDINGS = "(select count(f) from FindingEntity f"
            + " where f.resourceKey = v.resourceKey and f.status = 'OPEN')";

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
        if (filter.osType() != null) {
            where.append(" and v.osType = :osType");
            params.put("osType", filter.osType());
        }
        if (filter.exposed() != null) {
            where.append(filter.exposed() ? " and v.exposedPortCount > 0" : " and v.exposedPortCount = 0");
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.append(" and lower(v.name) like :name escape '!'");
            params.put("name", "%" + likeEscaped(filter.nameContains().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(v)" + where, Long.class);
        TypedQuery<Object[]> select = em.createQuery("select v, s.subscriptionId, " + OPEN_FINDINGS
                + " as openFindings" + where + " order by " + filter.sort().orderBy, Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<VmView> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> toView((VirtualMachineEntity) row[0], (UUID) row[1], (Long) row[2]))
                .toList();
        return new Page<>(items, count.getSingleResult(), page, size);
    }

    /** The VM with this ARM id (any case), as last scanned; empty when no scan has seen it. */
    public Optional<VmDetail> find(String resourceId) {
        String key = resourceId.trim().toLowerCase(Locale.ROOT);
        List<Object[]> rows = em.createQuery("select v, s, " + OPEN_FINDINGS + " from VirtualMachineEntity v,"
                        + " SubscriptionEntity s where s.id = v.subscriptionRef and v.resourceKey = :key", Object[].class)
                .setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        VirtualMachineEntity v = (VirtualMachineEntity) rows.get(0)[0];
        SubscriptionEntity s = (SubscriptionEntity) rows.get(0)[1];
        return Optional.of(new VmDetail(toView(v, s.subscriptionId, (Long) rows.get(0)[2]), s.displayName,
                s.tenant.id, v.tags, orEmpty(v.exposures), orEmpty(v.networkInterfaces), v.firstSeenAt, v.updatedAt,
                jitRequests(v.subscriptionRef, key)));
    }

    /** Subscription id → JIT status → number of VMs, for the current inventory. */
    public Map<UUID, Map<String, Long>> jitStatusCounts() {
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        em.createQuery("select s.subscriptionId, v.jitStatus, count(v) from VirtualMachineEntity v,"
                        + " SubscriptionEntity s where s.id = v.subscriptionRef group by s.subscriptionId, v.jitStatus",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                        .put((String) row[1], (Long) row[2]));
        return counts;
    }

    private List<VmDetail.JitRequestView> jitRequests(UUID subscriptionRef, String vmKey) {
        return JitPolicyEntity.<JitPolicyEntity>list("subscriptionRef", subscriptionRef).stream()
                .flatMap(policy -> policy.requests.stream())
                .flatMap(request -> request.virtualMachines().stream()
                        .filter(vm -> vm.id() != null && vm.id().toLowerCase(Locale.ROOT).equals(vmKey))
                        .map(vm -> new VmDetail.JitRequestView(request.requestor(), request.justification(),
                                request.startTimeUtc(), vm.ports().stream()
                                .map(p -> new VmDetail.RequestedPort(p.number(), orEmpty(p.allowedSources()),
                                        p.endTimeUtc(), p.status()))
                                .toList())))
                .sorted((a, b) -> String.valueOf(b.startTimeUtc()).compareTo(String.valueOf(a.startTimeUtc())))
                .toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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
