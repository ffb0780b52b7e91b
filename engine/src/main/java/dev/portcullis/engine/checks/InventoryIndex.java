package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitRequest;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.JitVirtualMachine;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.reachability.InternetReachability;
import dev.portcullis.engine.reachability.JitAccess;
import dev.portcullis.engine.reachability.NetworkLookup;
import dev.portcullis.engine.reachability.PortExposure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The subscription's inventory joined in memory, looked up by case-insensitive ARM id, as of the scan's time
 * ({@code at}: JIT requests running then are JIT's grants).
 */
public final class InventoryIndex implements NetworkLookup {

    private final Map<String, NetworkInterface> nics = new HashMap<>();
    private final Map<String, List<NetworkInterface>> nicsByVm = new HashMap<>();
    private final Map<String, NetworkSecurityGroup> nsgs = new HashMap<>();
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, PublicIpAddress> publicIps = new HashMap<>();
    private final Map<String, List<JitAssignment>> jitByVm = new HashMap<>();
    private final Map<String, FirewallPolicy> firewallPolicies = new HashMap<>();
    private final Map<String, List<PortExposure>> exposureCache = new HashMap<>();
    private final Map<String, JitAccess> jitAccessCache = new HashMap<>();
    private final Map<String, List<JitRequest>> jitRequestsByVm = new HashMap<>();
    private final SubscriptionInventory inventory;
    private final Instant at;
    private final InternetReachability reachability;

    public InventoryIndex(SubscriptionInventory inventory, Instant at) {
        this.inventory = inventory;
        this.at = at;
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
            for (JitRequest request : policy.requests()) {
                request.virtualMachines().stream().filter(vm -> vm.id() != null).map(vm -> ArmIds.key(vm.id()))
                        .distinct().forEach(key -> jitRequestsByVm.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(request));
            }
        }
        inventory.firewallPolicies().forEach(p -> firewallPolicies.put(ArmIds.key(p.id()), p));
        reachability = new InternetReachability(this);
    }

    /** The time the inventory is judged at: the scan's start. */
    public Instant at() {
        return at;
    }

    /** Lists of internet entrances ARM refused to give: paths through them are unknown. */
    public List<String> unreadLists() {
        return inventory.unreadEntranceLists();
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

    @Override
    public Optional<NetworkSecurityGroup> nsg(String id) {
        return Optional.ofNullable(id).map(i -> nsgs.get(ArmIds.key(i)));
    }

    @Override
    public Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(id).map(i -> subnets.get(ArmIds.key(i)));
    }

    @Override
    public Optional<PublicIpAddress> publicIp(String id) {
        return Optional.ofNullable(id).map(i -> publicIps.get(ArmIds.key(i)));
    }

    @Override
    public List<LoadBalancer> loadBalancers() {
        return inventory.loadBalancers();
    }

    @Override
    public List<AzureFirewall> azureFirewalls() {
        return inventory.azureFirewalls();
    }

    @Override
    public Optional<FirewallPolicy> firewallPolicy(String id) {
        return Optional.ofNullable(id).map(i -> firewallPolicies.get(ArmIds.key(i)));
    }

    /** The VM's JIT requests at the scan's time: which run (JIT's grants) and which are over. */
    public JitAccess jitAccess(VirtualMachine vm) {
        return jitAccessCache.computeIfAbsent(ArmIds.key(vm.id()), 
                k -> JitAccess.of(vm.id(), jitRequestsByVm.getOrDefault(k, List.of()), at));
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
     * The paths by which the internet reaches any of {@code ports} on the VM, including those only JIT's running
     * grants open ({@link PortExposure#outsideJit()} tells them apart), computed once per VM and port set (the
     * exposure and bypass checks and the VM summary all ask).
     */
    public List<PortExposure> exposures(VirtualMachine vm, Set<Integer> ports) {
        return exposureCache.computeIfAbsent(ArmIds.key(vm.id()) + " " + ports,
                k -> reachability.exposures(nicsOf(vm), ports, jitAccess(vm)));
    }

    /** The paths on which some internet address reaches one of {@code ports} outside JIT's running grants. */
    public List<PortExposure> exposuresOutsideJit(VirtualMachine vm, Set<Integer> ports) {
        return exposures(vm, ports).stream().filter(e -> !e.outsideJit().isEmpty()).toList();
    }

    public InternetReachability reachability() {
        return reachability;
    }

    /** A VM inside a JIT policy. */
    public record JitAssignment(JitPolicy policy, JitVirtualMachine entry) {
    }
}
