package dev.portcullis.persistence.query;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.sql.Row;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Reads the facts remediation needs for a VM or a subscription, by (case-insensitive) ARM id. */
@ApplicationScoped
@Transactional
public class RemediationQueries {

    private static final JsonColumn<JitPolicyEntity.VmColumn> POLICY_VM = JsonColumn.of(JitPolicyEntity.VmColumn.class,
            "jit_policy.virtual_machines");
    private static final JsonColumn<List<VirtualMachineEntity.ExposureColumn>> EXPOSURES = JsonColumn.listOf(
            VirtualMachineEntity.ExposureColumn.class, "virtual_machine.exposures");
    private static final JsonColumn<List<VirtualMachineEntity.NicColumn>> NICS = JsonColumn.listOf(
            VirtualMachineEntity.NicColumn.class, "virtual_machine.network_interfaces");

    private final EntityManager em;

    public RemediationQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The facts remediation needs for a VM, a scale set or a subscription, by (case-insensitive) ARM id; empty when
     * unknown. With
     * {@code wholePolicy} false the JIT policy carries only this VM's entry, picked out by PostgreSQL, which is all
     * that remediation prose (the Portal steps) reads: a policy of hundreds of VMs is then not read whole for one VM.
     */
    public Optional<RemediationFacts> find(TenantScope scope, String resourceId, boolean wholePolicy) {
        String key = resourceId.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        Optional<RemediationFacts> vm = forVm(scope, key, wholePolicy);
        if (vm.isPresent()) {
            return vm;
        }
        if (key.matches("/subscriptions/[0-9a-f-]{36}/resourcegroups/[^/]+/providers/microsoft\\.compute/"
                + "virtualmachinescalesets/[^/]+")) {
            return subscriptionFacts(scope, key.substring(0, "/subscriptions/".length() + 36), key);
        }
        if (key.matches("/subscriptions/[0-9a-f-]{36}")) {
            return subscriptionFacts(scope, key, key);
        }
        return Optional.empty();
    }

    /** A resource judged without stored facts of its own (a scale set): its subscription and its open checks. */
    private Optional<RemediationFacts> subscriptionFacts(TenantScope scope, String subscriptionKey, String key) {
        return SubscriptionEntity.findBySubscriptionId(UUID.fromString(subscriptionKey.substring(
                        "/subscriptions/".length())))
                .filter(s -> scope.includes(s.tenant.id))
                .map(s -> new RemediationFacts(s.subscriptionId, s.tenant.resourceManagerEndpoint, Optional.empty(),
                        Optional.empty(), openChecks(key)));
    }

    /** The VM's stored columns, its subscription, ARM endpoint and open checks in one query, then its policy. */
    private Optional<RemediationFacts> forVm(TenantScope scope, String key, boolean wholePolicy) {
        List<Row> rows = Row.all(scope.bind(em.createNativeQuery("""
                select v.resource_id, v.name, v.resource_group, v.location, v.os_type,
                       cast(v.exposures as text) as exposures,
                       cast(v.network_interfaces as text) as network_interfaces, s.subscription_id,
                       t.resource_manager_endpoint, v.subscription_ref,
                       (select string_agg(f.check_id, ',' order by f.check_id) from finding f
                         where f.resource_key = v.resource_key and f.status = 'OPEN') as open_checks
                  from virtual_machine v join subscription s on s.id = v.subscription_ref
                  join tenant t on t.id = s.tenant_ref
                 where v.resource_key = :key and %s""".formatted(scope.condition("s.tenant_ref")), Tuple.class))
                .setParameter("key", key));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        String resourceGroup = row.string("resource_group");
        String location = row.string("location");
        UUID subscriptionRef = row.uuid("subscription_ref");
        Optional<RemediationFacts.Policy> policy = wholePolicy ? wholePolicy(subscriptionRef, resourceGroup, location)
                : ownEntry(subscriptionRef, resourceGroup, location, key);
        RemediationFacts.Vm facts = new RemediationFacts.Vm(row.string("resource_id"), row.string("name"),
                resourceGroup, location, row.string("os_type"), orEmpty(EXPOSURES.read(row.string("exposures"))),
                orEmpty(NICS.read(row.string("network_interfaces"))));
        String openChecks = row.string("open_checks");
        List<String> open = openChecks == null ? List.of() : List.of(openChecks.split(","));
        return Optional.of(new RemediationFacts(row.uuid("subscription_id"), row.string("resource_manager_endpoint"),
                Optional.of(facts), policy, open));
    }

    private static Optional<RemediationFacts.Policy> wholePolicy(UUID subscriptionRef, String resourceGroup,
                                                                  String location) {
        return JitPolicyEntity.<JitPolicyEntity>find(
                        "subscriptionRef = ?1 and lower(resourceGroup) = ?2 and lower(location) = ?3",
                        subscriptionRef, resourceGroup.toLowerCase(Locale.ROOT),
                        String.valueOf(location).toLowerCase(Locale.ROOT))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional()
                .map(p -> new RemediationFacts.Policy(p.name, p.resourceGroup, p.location, p.virtualMachines));
    }

    private Optional<RemediationFacts.Policy> ownEntry(UUID subscriptionRef, String resourceGroup, String location,
                                                       String vmKey) {
        List<Row> rows = Row.all(em.createNativeQuery("""
                select p.name, p.resource_group, p.location,
                       (select cast(e as text) from jsonb_array_elements(p.virtual_machines) e
                         where lower(e ->> 'id') = :vm limit 1) as vm_entry
                  from jit_policy p
                 where p.subscription_ref = :sub and lower(p.resource_group) = :rg and lower(p.location) = :location
                 limit 1""", Tuple.class)
                .setParameter("vm", vmKey).setParameter("sub", subscriptionRef)
                .setParameter("rg", resourceGroup.toLowerCase(Locale.ROOT))
                .setParameter("location", String.valueOf(location).toLowerCase(Locale.ROOT)));
        return rows.stream().findFirst().map(row -> new RemediationFacts.Policy(row.string("name"),
                row.string("resource_group"), row.string("location"), row.string("vm_entry") == null ? List.of()
                        : List.of(POLICY_VM.read(row.string("vm_entry")))));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Per open check of the resource, what its last failing result named to fix (its remediation subjects). Only
     * call after {@link #find} answered for the caller's scope.
     */
    public Map<String, List<Map<String, String>>> openSubjects(String resourceId) {
        Map<String, List<Map<String, String>>> subjects = new HashMap<>();
        FindingEntity.<FindingEntity>list("resourceKey = ?1 and status = ?2", ArmIds.key(resourceId.trim()),
                        FindingStatus.OPEN)
                .forEach(finding -> subjects.put(finding.checkId, finding.remediationSubjects));
        return subjects;
    }

    private List<String> openChecks(String resourceKey) {
        return em.createQuery("select f.checkId from FindingEntity f where f.resourceKey = :key and f.status = :open"
                        + " order by f.checkId", String.class)
                .setParameter("key", resourceKey).setParameter("open", FindingStatus.OPEN).getResultList();
    }
}
