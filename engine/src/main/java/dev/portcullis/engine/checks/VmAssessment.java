package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.JitStatus;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.reachability.PortExposure;
import java.util.List;
import java.util.Objects;

/**
 * A VM's posture summary as shown in the inventory: public IPs, the paths on which management ports are exposed
 * outside JIT's running grants ({@code exposures}; null when exposure could not be evaluated), JIT rules and status.
 */
public record VmAssessment(VirtualMachine vm, List<NicSummary> nics, List<String> publicIps,
                           List<PortExposure> exposures, List<JitPort> jitPorts, JitStatus jitStatus) {

    /** A NIC with the NSG on it and those on the subnets of its IP configurations. */
    public record NicSummary(String id, String name, String nsgId, List<String> subnetNsgIds) {
        public NicSummary {
            subnetNsgIds = List.copyOf(subnetNsgIds);
        }
    }

    public VmAssessment {
        nics = List.copyOf(nics);
        publicIps = List.copyOf(publicIps);
        exposures = exposures == null ? null : List.copyOf(exposures);
        jitPorts = List.copyOf(jitPorts);
    }

    /** The management ports the internet reaches outside JIT, ascending; null when not evaluated. */
    public List<Integer> exposedPorts() {
        return exposures == null ? null : exposures.stream().map(PortExposure::port).distinct().sorted().toList();
    }

    static VmAssessment of(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings, JitStatus jitStatus) {
        List<String> publicIps = index.nicsOf(vm).stream()
                .flatMap(nic -> nic.ipConfigurations().stream())
                .map(IpConfiguration::publicIpAddressId)
                .filter(Objects::nonNull)
                .map(id -> index.publicIp(id).map(VmAssessment::display).orElse(id))
                .toList();
        List<NicSummary> nics = index.nicsOf(vm).stream()
                .map(nic -> new NicSummary(nic.id(), nic.name(), nic.networkSecurityGroupId(),
                        nic.ipConfigurations().stream()
                                .map(ipc -> index.subnet(ipc.subnetId()).map(s -> s.networkSecurityGroupId()).orElse(null))
                                .filter(Objects::nonNull).distinct().toList()))
                .toList();
        List<PortExposure> exposures = index.exposuresOutsideJit(vm, settings.managementPorts());
        boolean unknown = exposures.isEmpty() && !index.unreadLists().isEmpty();
        return new VmAssessment(vm, nics, publicIps, unknown ? null : exposures, JitPortRules.of(vm, index),
                jitStatus);
    }

    private static String display(PublicIpAddress ip) {
        return ip.ipAddress() != null ? ip.ipAddress() : ip.name();
    }
}
