package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.sql.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
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

    private static final String OPEN_FINDINGS_SQL = "(select count(*) from finding f"
            + " where f.resource_key = v.resource_key and f.status = 'OPEN')";
    private static final JsonColumn<List<String>> PUBLIC_IPS = JsonColumn.listOf(String.class,
            "virtual_machine.public_ips");
    private static final JsonColumn<List<Integer>> EXPOSED_PORTS = JsonColumn.listOf(Integer.class,
            "virtual_machine.exposed_ports");
    private static final JsonColumn<List<VmView.JitPortView>> JIT_PORTS = JsonColumn.listOf(VmView.JitPortView.class,
            "virtual_machine.jit_ports");
    private static final JsonColumn<List<VmDetail.Exposure>> EXPOSURES = JsonColumn.listOf(VmDetail.Exposure.class,
            "virtual_machine.exposures");
    private static final JsonColumn<List<VmDetail.Nic>> NICS = JsonColumn.listOf(VmDetail.Nic.class,
            "virtual_machine.network_interfaces");
    private static final JsonColumn<Map<String, String>> TAGS = JsonColumn.stringMap("virtual_machine.tags");
    private static final JsonColumn<JitPolicyEntity.RequestColumn> REQUEST = JsonColumn.of(
            JitPolicyEntity.RequestColumn.class, "jit_policy.requests");

    private final EntityManager em;

    public VmQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of VMs with the number of VMs that match. Read with plain SQL into view records: a page of 50 out of
     * 10,000 VMs is two index scans, and no entity is managed (nor dirty-checked) for a page that only reads.
     */
    public Page<VmView> list(TenantScope scope, VmFilter filter, int page, int size) {
        return new Page<>(items(scope, filter, page, size), count(scope, filter), page, size);
    }

    /** One page of the VMs that match, in the filter's order. */
    public List<VmView> items(TenantScope scope, VmFilter filter, int page, int size) {
        Selection selection = Selection.of(scope, filter);
        Query select = em.createNativeQuery("select v.resource_id, v.name, v.resource_group, v.location,"
                + " (select s2.subscription_id from subscription s2 where s2.id = v.subscription_ref)"
                + " as subscription_id, v.os_type, cast(v.public_ips as text) as public_ips, v.jit_status,"
                + " cast(v.exposed_ports as text) as exposed_ports, cast(v.jit_ports as text) as jit_ports, "
                + OPEN_FINDINGS_SQL
                + " as open_findings" + selection.where() + " order by " + filter.sort().orderBy
                + " limit :limit offset :offset", Tuple.class);
        selection.bind(select);
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        return Row.all(select).stream().map(VmQueries::toView).toList();
    }

    /** How many VMs match (the order aside). It walks every matching index entry: 10,000 for all of 10,000 VMs. */
    public long count(TenantScope scope, VmFilter filter) {
        Selection selection = Selection.of(scope, filter);
        return ((Number) selection.bind(em.createNativeQuery("select count(*)" + selection.where())).getSingleResult())
                .longValue();
    }

    /** The {@code from ... where ...} of a VM list and its parameters. */
    private record Selection(String where, Map<String, Object> params, TenantScope scope) {

        static Selection of(TenantScope scope, VmFilter filter) {
            boolean bySubscription = filter.tenantRef() != null || filter.subscriptionId() != null || !scope.all();
            StringBuilder where = new StringBuilder(" from virtual_machine v"
                    + (bySubscription ? " join subscription s on s.id = v.subscription_ref" : "") + " where "
                    + scope.condition("s.tenant_ref"));
            Map<String, Object> params = new HashMap<>();
            if (filter.tenantRef() != null) {
                where.append(" and s.tenant_ref = :tenant");
                params.put("tenant", filter.tenantRef());
            }
            if (filter.subscriptionId() != null) {
                where.append(" and s.subscription_id = :subscription");
                params.put("subscription", filter.subscriptionId());
            }
            if (filter.jitStatus() != null) {
                where.append(" and v.jit_status = :jitStatus");
                params.put("jitStatus", filter.jitStatus().name());
            }
            if (filter.osType() != null) {
                where.append(" and v.os_type = :osType");
                params.put("osType", filter.osType().name());
            }
            if (filter.exposed() != null) {
                where.append(filter.exposed() ? " and v.exposed_port_count > 0" : " and v.exposed_port_count = 0");
            }
            if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
                where.append(" and lower(v.name) like :name escape '!'");
                params.put("name", "%" + likeEscaped(filter.nameContains().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            return new Selection(where.toString(), params, scope);
        }

        Query bind(Query query) {
            params.forEach(query::setParameter);
            return scope.bind(query);
        }
    }

    /** The VM with this ARM id (any case), as last scanned; empty when no scan has seen it. */
    public Optional<VmDetail> find(TenantScope scope, String resourceId) {
        String key = resourceId.trim().toLowerCase(Locale.ROOT);
        List<Row> rows = Row.all(scope.bind(em.createNativeQuery("select v.resource_id, v.name, v.resource_group,"
                        + " v.location, s.subscription_id, v.os_type, cast(v.public_ips as text) as public_ips,"
                        + " v.jit_status, cast(v.exposed_ports as text) as exposed_ports,"
                        + " cast(v.jit_ports as text) as jit_ports, " + OPEN_FINDINGS_SQL + " as open_findings,"
                        + " s.display_name as subscription_name, s.tenant_ref, cast(v.tags as text) as tags,"
                        + " cast(v.exposures as text) as exposures,"
                        + " cast(v.network_interfaces as text) as network_interfaces, v.first_seen_at, v.updated_at,"
                        + " v.subscription_ref"
                        + " from virtual_machine v join subscription s on s.id = v.subscription_ref"
                        + " where v.resource_key = :key and " + scope.condition("s.tenant_ref"), Tuple.class))
                .setParameter("key", key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        return Optional.of(new VmDetail(toView(row), row.string("subscription_name"), row.uuid("tenant_ref"),
                Optional.ofNullable(TAGS.read(row.string("tags"))).orElse(Map.of()),
                orEmpty(EXPOSURES.read(row.string("exposures"))), orEmpty(NICS.read(row.string("network_interfaces"))),
                row.instant("first_seen_at"), row.instant("updated_at"),
                jitRequests(row.uuid("subscription_ref"), key)));
    }

    /** Subscription id → JIT status → number of VMs, for the current inventory. */
    public Map<UUID, Map<String, Long>> jitStatusCounts(TenantScope scope) {
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        Row.all(scope.bind(em.createQuery("select s.subscriptionId as subscriptionId, v.jitStatus as jitStatus,"
                        + " count(v) as vms from VirtualMachineEntity v, SubscriptionEntity s"
                        + " where s.id = v.subscriptionRef and " + scope.condition("s.tenant.id")
                        + " group by s.subscriptionId, v.jitStatus", Tuple.class)))
                .forEach(row -> counts.computeIfAbsent(row.uuid("subscriptionId"), k -> new HashMap<>())
                        .put(row.get("jitStatus", JitStatus.class).name(), row.get("vms", Long.class)));
        return counts;
    }

    /**
     * The access requests the subscription's JIT policies record for the VM, newest first. PostgreSQL picks them out
     * of the policies' JSON, so a policy of hundreds of VMs is not read whole for one VM's page.
     */
    @SuppressWarnings("unchecked")
    private List<VmDetail.JitRequestView> jitRequests(UUID subscriptionRef, String vmKey) {
        List<String> rows = em.createNativeQuery("""
                select cast(r as text) from jit_policy p, jsonb_array_elements(p.requests) r
                 where p.subscription_ref = :sub and jsonb_array_length(p.requests) > 0
                   and exists (select 1 from jsonb_array_elements(r -> 'virtualMachines') v
                                where lower(v ->> 'id') = :vm)""")
                .setParameter("sub", subscriptionRef).setParameter("vm", vmKey).getResultList();
        return rows.stream()
                .map(REQUEST::read)
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

    private static VmView toView(Row row) {
        return new VmView(row.string("resource_id"), row.string("name"), row.string("resource_group"),
                row.string("location"), row.uuid("subscription_id"), row.string("os_type"),
                PUBLIC_IPS.read(row.string("public_ips")), row.string("jit_status"),
                EXPOSED_PORTS.read(row.string("exposed_ports")), JIT_PORTS.read(row.string("jit_ports")),
                row.longValue("open_findings"));
    }

}
