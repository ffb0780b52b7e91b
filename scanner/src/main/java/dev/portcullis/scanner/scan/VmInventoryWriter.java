package dev.portcullis.scanner.scan;

import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity.ExposureColumn;
import dev.portcullis.persistence.inventory.VirtualMachineEntity.JitPortColumn;
import dev.portcullis.persistence.inventory.VirtualMachineEntity.NicColumn;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.checks.VmAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the current VM inventory of a subscription equal to its last successful scan: inserts new VMs, updates
 * changed ones, deletes those gone. An unchanged VM is not written. Runs inside the ledger's transaction.
 */
@ApplicationScoped
public class VmInventoryWriter {

    void replace(UUID subscriptionRef, List<VmAssessment> assessments, Instant at) {
        Map<String, VirtualMachineEntity> existing = new HashMap<>();
        VirtualMachineEntity.<VirtualMachineEntity>list("subscriptionRef", subscriptionRef)
                .forEach(vm -> existing.put(vm.resourceKey, vm));
        for (VmAssessment assessment : assessments) {
            String key = ArmIds.key(assessment.vm().id());
            VirtualMachineEntity entity = existing.remove(key);
            if (entity == null) {
                entity = new VirtualMachineEntity();
                entity.id = UUID.randomUUID();
                entity.subscriptionRef = subscriptionRef;
                entity.resourceKey = key;
                entity.firstSeenAt = at;
                copy(assessment, entity);
                entity.updatedAt = at;
                entity.persist();
            } else if (copy(assessment, entity)) {
                entity.updatedAt = at;
            }
        }
        existing.values().forEach(VirtualMachineEntity::delete);
    }

    /** Copies the assessment into the entity and says whether anything changed. */
    private static boolean copy(VmAssessment assessment, VirtualMachineEntity entity) {
        VirtualMachine vm = assessment.vm();
        List<JitPortColumn> jitPorts = assessment.jitPorts().stream()
                .map(p -> new JitPortColumn(p.number(), p.protocol(), p.allowedSources(), p.maxRequestAccessDuration()))
                .toList();
        List<ExposureColumn> exposures = assessment.exposures() == null ? List.of() : assessment.exposures().stream()
                .flatMap(e -> e.grantsFor(e.outsideJit()).stream().map(g -> new ExposureColumn(e.port(), e.publicIp(),
                        g.resourceId(), g.resourceName(), g.ruleName(), g.priority(), g.jitRule(), g.place().name(),
                        e.entry().describe())))
                .toList();
        List<NicColumn> nics = assessment.nics().stream()
                .map(n -> new NicColumn(n.id(), n.name(), n.nsgId(), n.subnetNsgIds())).toList();
        boolean changed = !Objects.equals(entity.resourceId, vm.id())
                || !Objects.equals(entity.name, vm.name())
                || !Objects.equals(entity.resourceGroup, vm.resourceGroup())
                || !Objects.equals(entity.location, vm.location())
                || entity.osType != vm.osType()
                || !Objects.equals(entity.publicIps, assessment.publicIps())
                || !Objects.equals(entity.exposedPorts, assessment.exposedPorts())
                || !Objects.equals(entity.exposures, exposures)
                || !Objects.equals(entity.networkInterfaces, nics)
                || !Objects.equals(entity.jitPorts, jitPorts)
                || entity.jitStatus != assessment.jitStatus()
                || !Objects.equals(entity.tags, vm.tags());
        if (changed) {
            entity.resourceId = vm.id();
            entity.name = vm.name();
            entity.resourceGroup = vm.resourceGroup();
            entity.location = vm.location();
            entity.osType = vm.osType();
            entity.publicIps = assessment.publicIps();
            entity.exposedPorts = assessment.exposedPorts();
            entity.exposures = exposures;
            entity.networkInterfaces = nics;
            entity.jitPorts = jitPorts;
            entity.jitStatus = assessment.jitStatus();
            entity.tags = vm.tags();
        }
        return changed;
    }
}
