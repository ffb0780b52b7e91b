package dev.portcullis.persistence.query;

import dev.portcullis.persistence.finding.FindingEntity;
import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Reads the facts remediation needs for a VM or a subscription, by (case-insensitive) ARM id. */
@ApplicationScoped
@Transactional
public class RemediationQueries {

    public Optional<RemediationFacts> find(String resourceId) {
        String key = resourceId.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        Optional<VirtualMachineEntity> vm = VirtualMachineEntity.find("resourceKey", key).firstResultOptional();
        if (vm.isPresent()) {
            return Optional.of(forVm(vm.get()));
        }
        if (key.matches("/subscriptions/[0-9a-f-]{36}")) {
            return SubscriptionEntity.findBySubscriptionId(UUID.fromString(key.substring("/subscriptions/".length())))
                    .map(s -> new RemediationFacts(s.subscriptionId, s.tenant.resourceManagerEndpoint, Optional.empty(),
                            Optional.empty(), openChecks(key)));
        }
        return Optional.empty();
    }

    private RemediationFacts forVm(VirtualMachineEntity vm) {
        SubscriptionEntity subscription = SubscriptionEntity.findById(vm.subscriptionRef);
        Optional<RemediationFacts.Policy> policy = JitPolicyEntity.<JitPolicyEntity>find(
                        "subscriptionRef = ?1 and lower(resourceGroup) = ?2 and lower(location) = ?3",
                        vm.subscriptionRef, vm.resourceGroup.toLowerCase(Locale.ROOT),
                        String.valueOf(vm.location).toLowerCase(Locale.ROOT))
                .firstResultOptional()
                .map(p -> new RemediationFacts.Policy(p.name, p.resourceGroup, p.location, p.virtualMachines));
        RemediationFacts.Vm facts = new RemediationFacts.Vm(vm.resourceId, vm.name, vm.resourceGroup, vm.location,
                vm.osType, vm.exposures == null ? List.of() : vm.exposures,
                vm.networkInterfaces == null ? List.of() : vm.networkInterfaces);
        return new RemediationFacts(subscription.subscriptionId, subscription.tenant.resourceManagerEndpoint,
                Optional.of(facts), policy, openChecks(vm.resourceKey));
    }

    private static List<String> openChecks(String resourceKey) {
        return FindingEntity.<FindingEntity>list("resourceKey = ?1 and status = 'OPEN' order by checkId", resourceKey)
                .stream().map(f -> f.checkId).toList();
    }
}
