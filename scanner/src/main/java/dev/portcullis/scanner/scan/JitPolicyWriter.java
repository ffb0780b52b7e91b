package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.JitPolicyEntity.RequestColumn;
import dev.portcullis.persistence.inventory.JitPolicyEntity.RequestedPortColumn;
import dev.portcullis.persistence.inventory.JitPolicyEntity.RequestedVmColumn;
import dev.portcullis.persistence.inventory.JitPolicyEntity.VmColumn;
import dev.portcullis.persistence.inventory.VirtualMachineEntity.JitPortColumn;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.JitPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Keeps a subscription's stored JIT policies equal to its last successful scan; unchanged ones are not written. */
@ApplicationScoped
public class JitPolicyWriter {

    void replace(UUID subscriptionRef, List<JitPolicy> policies, Instant at) {
        Map<String, JitPolicyEntity> existing = new HashMap<>();
        JitPolicyEntity.<JitPolicyEntity>list("subscriptionRef", subscriptionRef)
                .forEach(p -> existing.put(p.resourceKey, p));
        for (JitPolicy policy : policies) {
            String key = ArmIds.key(policy.id());
            if (key == null) {
                continue;
            }
            JitPolicyEntity entity = existing.remove(key);
            boolean isNew = entity == null;
            if (isNew) {
                entity = new JitPolicyEntity();
                entity.id = UUID.randomUUID();
                entity.subscriptionRef = subscriptionRef;
                entity.resourceKey = key;
            }
            if (copy(policy, entity) || isNew) {
                entity.updatedAt = at;
            }
            if (isNew) {
                entity.persist();
            }
        }
        existing.values().forEach(JitPolicyEntity::delete);
    }

    private static boolean copy(JitPolicy policy, JitPolicyEntity entity) {
        List<VmColumn> vms = policy.virtualMachines().stream()
                .map(vm -> new VmColumn(vm.id(), vm.ports().stream()
                        .map(p -> new JitPortColumn(p.number(), p.protocol(), p.allowedSources(),
                                p.maxRequestAccessDuration()))
                        .toList(), vm.publicIpAddress()))
                .toList();
        List<RequestColumn> requests = policy.requests().stream()
                .map(r -> new RequestColumn(r.requestor(), r.justification(), r.startTimeUtc(),
                        r.virtualMachines().stream().map(vm -> new RequestedVmColumn(vm.id(), vm.ports().stream()
                                .map(p -> new RequestedPortColumn(p.number(), p.allowedSources(), p.endTimeUtc(),
                                        p.status(), p.statusReason()))
                                .toList())).toList()))
                .toList();
        String name = policy.name() != null ? policy.name() : ArmIds.lastSegment(policy.id());
        String resourceGroup = policy.resourceGroup() != null ? policy.resourceGroup() : "";
        String location = policy.location() != null ? policy.location() : "";
        boolean changed = !Objects.equals(entity.resourceId, policy.id()) || !Objects.equals(entity.name, name)
                || !Objects.equals(entity.resourceGroup, resourceGroup) || !Objects.equals(entity.location, location)
                || !Objects.equals(entity.virtualMachines, vms) || !Objects.equals(entity.requests, requests);
        if (changed) {
            entity.resourceId = policy.id();
            entity.name = name;
            entity.resourceGroup = resourceGroup;
            entity.location = location;
            entity.virtualMachines = vms;
            entity.requests = requests;
        }
        return changed;
    }
}
