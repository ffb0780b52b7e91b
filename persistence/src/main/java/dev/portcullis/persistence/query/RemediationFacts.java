package dev.portcullis.persistence.query;

import dev.portcullis.persistence.inventory.JitPolicyEntity;
import dev.portcullis.persistence.inventory.VirtualMachineEntity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What remediation of one resource needs, read from the last successful scan.
 *
 * @param vm     the VM's stored columns, or empty for a subscription
 * @param policy the JIT policy of the VM's resource group and location, if any
 */
public record RemediationFacts(UUID subscriptionId, String armEndpoint, Optional<Vm> vm, Optional<Policy> policy,
                               List<String> openCheckIds) {

    /** The VM columns remediation reads. */
    public record Vm(String resourceId, String name, String resourceGroup, String location, String osType,
                     List<VirtualMachineEntity.ExposureColumn> exposures, List<VirtualMachineEntity.NicColumn> nics) {
    }

    /** The JIT policy columns remediation reads. */
    public record Policy(String name, String resourceGroup, String location, List<JitPolicyEntity.VmColumn> vms) {
    }
}
