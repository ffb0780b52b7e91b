package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.IpConfiguration;
import dev.portcullis.scanner.inventory.JitPort;
import dev.portcullis.scanner.inventory.PublicIpAddress;
import dev.portcullis.scanner.inventory.VirtualMachine;
import java.util.List;
import java.util.Objects;

/** A VM's posture summary as shown in the inventory: its public IPs, JIT rules and JIT status. */
public record VmAssessment(VirtualMachine vm, List<String> publicIps, List<JitPort> jitPorts, JitStatus jitStatus) {

    public VmAssessment {
        publicIps = List.copyOf(publicIps);
        jitPorts = List.copyOf(jitPorts);
    }

    static VmAssessment of(VirtualMachine vm, InventoryIndex index, JitStatus jitStatus) {
        List<String> publicIps = index.nicsOf(vm).stream()
                .flatMap(nic -> nic.ipConfigurations().stream())
                .map(IpConfiguration::publicIpAddressId)
                .filter(Objects::nonNull)
                .map(id -> index.publicIp(id).map(VmAssessment::display).orElse(id))
                .toList();
        return new VmAssessment(vm, publicIps, JitPortRules.of(vm, index), jitStatus);
    }

    private static String display(PublicIpAddress ip) {
        return ip.ipAddress() != null ? ip.ipAddress() : ip.name();
    }
}
