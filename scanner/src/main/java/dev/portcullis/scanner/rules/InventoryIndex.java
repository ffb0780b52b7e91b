package dev.portcullis.scanner.rules;

import dev.portcullis.scanner.inventory.ArmIds;
import dev.portcullis.scanner.inventory.JitPolicy;
import dev.portcullis.scanner.inventory.JitVirtualMachine;
import dev.portcullis.scanner.inventory.NetworkInterface;
import dev.portcullis.scanner.inventory.NetworkSecurityGroup;
import dev.portcullis.scanner.inventory.PublicIpAddress;
import dev.portcullis.scanner.inventory.Subnet;
import dev.portcullis.scanner.inventory.SubscriptionInventory;
import dev.portcullis.scanner.inventory.VirtualMachine;
import dev.portcullis.scanner.reachability.InternetReachability;
import dev.portcullis.scanner.reachability.PortExposure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The subscription's inventory joined in memory, looked up by case-insensitive ARM id. */
public final class InventoryIndex {

    private final Map<String, NetworkInterface> nics = new HashMap<>();
    private final Map<String, List<NetworkInterface>> nicsByVm = new HashMap<>();
    private final Map<String, NetworkSecurityGroup> nsgs = new HashMap<>();
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, PublicIpAddress> publicIps = new HashMap<>();
    private final Map<String, List<JitAssignment>> jitByVm = new HashMap<>();
    private final Map<String, List<PortExposure>> exposureCache = new HashMap<>();
    private final InternetReachability reachability = new InternetReachability(this::subnet, this::nsg,
            this::publicIp);

    public InventoryIndex(SubscriptionInventory inventory) {
        inventory.networkInterfaces().forEach(nic -> {
            nics.put(ArmIds.key(nic.id()), nic);
            if (nic.virtualMachineId() != null) {
                nicsByVm.computeIfAbsent(ArmIds.key(nic.virtualMachineId()), k -> new ArrayList<>()).add(nic);
            }
        });
        inventory.networkSecurityGroups().forEach(nsg -> nsgs.put(ArmIds.key(nsg.id()), nsg));
        inventory.virtualNetworks().forEach(vnet -> vnet.subnets().forEach(s -> subnets.put(ArmIds.key(s.id()), s)));
        inventory.publicIpAddresses().forEach(ip -> publicIps.put(ArmIds.key(ip.id()), ip));
        for (JitPolicy policy : inventory.jitPolicies()) {
            for (JitVirtualMachine jitVm : policy.virtualMachines()) {
                jitByVm.computeIfAbsent(ArmIds.key(jitVm.id()), k -> new ArrayList<>())
                        .add(new JitAssignment(policy, jitVm));
            }
        }
    }

    /**
     * The VM's NICs: those its network profile names, else those that point back at it. A NIC named by the VM but
     * missing from the NIC list is skipped ({@code InventoryGaps} reports it).
     */
    public List<NetworkInterface> nicsOf(VirtualMachine vm) {
        List<NetworkInterface> named = vm.networkInterfaceIds().stream()
                .map(id -> nics.get(ArmIds.key(id)))
                .filter(Objects::nonNull)
                .toList();
        return named.isEmpty() ? nicsByVm.getOrDefault(ArmIds.key(vm.id()), List.of()) : named;
    }

    public Optional<NetworkSecurityGroup> nsg(String id) {
        return Optional.ofNullable(id).map(i -> nsgs.get(ArmIds.key(i)));
    }

    public Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(id).map(i -> subnets.get(ArmIds.key(i)));
    }

    public Optional<PublicIpAddress> publicIp(String id) {
        return Optional.ofNullable(id).map(i -> publicIps.get(ArmIds.key(i)));
    }

    /** Every JIT policy entry naming this VM, whatever the case of the id in the policy. */
    public List<JitAssignment> jitAssignmentsOf(VirtualMachine vm) {
        return jitByVm.getOrDefault(ArmIds.key(vm.id()), List.of());
    }

    /** Whether the NIC is filtered by an NSG of its own or of one of its subnets. */
    public boolean hasNsg(NetworkInterface nic) {
        if (nic.networkSecurityGroupId() != null) {
            return true;
        }
        return nic.ipConfigurations().stream()
                .map(ipc -> subnet(ipc.subnetId()))
                .anyMatch(s -> s.map(Subnet::networkSecurityGroupId).isPresent());
    }

    /** A VM has an NSG when any of its NICs is filtered by one; JIT works through NSG rules. */
    public boolean hasAnyNsg(VirtualMachine vm) {
        return nicsOf(vm).stream().anyMatch(this::hasNsg);
    }

    /**
     * The paths by which the internet reaches any of {@code ports} on the VM, computed once per VM and port set
     * (the exposure and bypass checks and the VM summary all ask).
     */
    public List<PortExposure> exposures(VirtualMachine vm, Set<Integer> ports) {
        return exposureCache.computeIfAbsent(ArmIds.key(vm.id()) + " " + ports,
                k -> reachability.exposures(nicsOf(vm), ports));
    }

    /** A VM inside a JIT policy. */
    public record JitAssignment(JitPolicy policy, JitVirtualMachine entry) {
    }
}
