package dev.portcullis.persistence.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Reads the facts remediation needs for a VM or a subscription, by (case-insensitive) ARM id. */
@ApplicationScoped
@Transactional
public class RemediationQueries {

    private static final ObjectReader VM_COLUMN = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .readerFor(JitPolicyEntity.VmColumn.class);

    private final EntityManager em;

    public RemediationQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<RemediationFacts> find(String resourceId) {
        return find(resourceId, true);
    }

    /**
     * As {@link #find(String)}; with {@code wholePolicy} false the JIT policy carries only this VM's entry, picked
     * out by PostgreSQL, which is all that remediation prose (the Portal steps) reads. A policy of hundreds of VMs is
     * then not read whole for one VM.
     */
    public Optional<RemediationFacts> find(String resourceId, boolean wholePolicy) {
        String key = resourceId.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        Optional<VirtualMachineEntity> vm = VirtualMachineEntity.find("resourceKey", key)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
        if (vm.isPresent()) {
            return Optional.of(forVm(vm.get(), wholePolicy));
        }
        if (key.matches("/subscriptions/[0-9a-f-]{36}")) {
            return SubscriptionEntity.findBySubscriptionId(UUID.fromString(key.substring("/subscriptions/".length())))
                    .map(s -> new RemediationFacts(s.subscriptionId, s.tenant.resourceManagerEndpoint, Optional.empty(),
                            Optional.empty(), openChecks(key)));
        }
        return Optional.empty();
    }

    private RemediationFacts forVm(VirtualMachineEntity vm, boolean wholePolicy) {
        SubscriptionEntity subscription = SubscriptionEntity.findById(vm.subscriptionRef);
        Optional<RemediationFacts.Policy> policy = wholePolicy ? wholePolicy(vm) : ownEntry(vm);
        RemediationFacts.Vm facts = new RemediationFacts.Vm(vm.resourceId, vm.name, vm.resourceGroup, vm.location,
                vm.osType, vm.exposures == null ? List.of() : vm.exposures,
                vm.networkInterfaces == null ? List.of() : vm.networkInterfaces);
        return new RemediationFacts(subscription.subscriptionId, subscription.tenant.resourceManagerEndpoint,
                Optional.of(facts), policy, openChecks(vm.resourceKey));
    }

    private static Optional<RemediationFacts.Policy> wholePolicy(VirtualMachineEntity vm) {
        return JitPolicyEntity.<JitPolicyEntity>find(
                        "subscriptionRef = ?1 and lower(resourceGroup) = ?2 and lower(location) = ?3",
                        vm.subscriptionRef, vm.resourceGroup.toLowerCase(Locale.ROOT),
                        String.valueOf(vm.location).toLowerCase(Locale.ROOT))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional()
                .map(p -> new RemediationFacts.Policy(p.name, p.resourceGroup, p.location, p.virtualMachines));
    }

    @SuppressWarnings("unchecked")
    private Optional<RemediationFacts.Policy> ownEntry(VirtualMachineEntity vm) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.name, p.resource_group, p.location,
                       (select cast(e as text) from jsonb_array_elements(p.virtual_machines) e
                         where lower(e ->> 'id') = :vm limit 1)
                  from jit_policy p
                 where p.subscription_ref = :sub and lower(p.resource_group) = :rg and lower(p.location) = :location
                 limit 1""")
                .setParameter("vm", vm.resourceKey).setParameter("sub", vm.subscriptionRef)
                .setParameter("rg", vm.resourceGroup.toLowerCase(Locale.ROOT))
                .setParameter("location", String.valueOf(vm.location).toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(row -> new RemediationFacts.Policy((String) row[0], (String) row[1],
                (String) row[2], row[3] == null ? List.of() : List.of(vmColumn((String) row[3]))));
    }

    private static JitPolicyEntity.VmColumn vmColumn(String json) {
        try {
            return VM_COLUMN.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable VM entry stored in jit_policy.virtual_machines", e);
        }
    }

    private static List<String> openChecks(String resourceKey) {
        return FindingEntity.<FindingEntity>list("resourceKey = ?1 and status = 'OPEN' order by checkId", resourceKey)
                .stream().map(f -> f.checkId).toList();
    }
}
