package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.IpConfiguration;
import dev.portcullis.scanner.inventory.JitPort;
import dev.portcullis.scanner.inventory.PublicIpAddress;
import dev.portcullis.scanner.inventory.VirtualMachine;
import dev.portcullis.scanner.reachability.PortExposure;
import java.util.List;
import java.util.Objects;

/** A VM's posture summary as shown in the inventory: public IPs, exposed management ports, JIT rules and status. */
public record VmAssessment(VirtualMachine vm, List<String> publicIps, List<PortExposure> exposures,
                           List<JitPort> jitPorts, JitStatus jitStatus) {

    public VmAssessment {
        publicIps = List.copyOf(publicIps);
        exposures = List.copyOf(exposures);
        jitPorts = List.copyOf(jitPorts);
    }

    /** The management ports the internet reaches, ascending. */
    public List<Integer> exposedPorts() {
        return exposures.stream().map(PortExposure::port).distinct().sorted().toList();
    }

    static VmAssessment of(VirtualMachine vm, InventoryIndex index, EvaluationSettings settings, JitStatus jitStatus) {
        List<String> publicIps = index.nicsOf(vm).stream()
                .flatMap(nic -> nic.ipConfigurations().stream())
                .map(IpConfiguration::publicIpAddressId)
                .filter(Objects::nonNull)
                .map(id -> index.publicIp(id).map(VmAssessment::display).orElse(id))
                .toList();
        return new VmAssessment(vm, publicIps, index.exposures(vm, settings.managementPorts()),
                JitPortRules.of(vm, index), jitStatus);
    }

    private static String display(PublicIpAddress ip) {
        return ip.ipAddress() != null ? ip.ipAddress() : ip.name();
    }
}
