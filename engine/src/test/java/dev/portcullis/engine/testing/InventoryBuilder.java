package dev.portcullis.engine.testing;

import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.JitRequest;
import dev.portcullis.engine.inventory.JitVirtualMachine;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.inventory.VirtualNetwork;
import dev.portcullis.engine.vocabulary.OsType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds small subscription inventories for check tests: {@code anInventory().withVm(aLinuxVm("web"))}. Each VM gets
 * its own subnet ({@code 10.0.0.0/24}, no NSG unless given one) and one NIC {@code <vm>-nic} (private IP
 * {@value #PRIVATE_IP}, an NSG {@code <vm>-nsg} holding only Azure's default rules unless told otherwise, no public
 * IP); every NSG the builder writes carries the three default inbound rules below the given ones. The scan time is
 * {@link #AT}.
 */
public final class InventoryBuilder {

    public static final String SUB = "00000000-0000-0000-0000-000000000001";
    public static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg";
    public static final String NETWORK = RG + "/providers/Microsoft.Network/";
    public static final String PRIVATE_IP = "10.0.0.4";
    /** The scan's time: JIT requests ending after it are running. */
    public static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
    /** An end time one hour after {@link #AT}, as ARM writes it. */
    public static final String IN_AN_HOUR = "2026-11-29T13:00:00.0000000Z";
    /** An end time one hour before {@link #AT}. */
    public static final String AN_HOUR_AGO = "2026-11-29T11:00:00.0000000Z";

    private final List<VirtualMachine> vms = new ArrayList<>();
    private final List<NetworkInterface> nics = new ArrayList<>();
    private final List<NetworkSecurityGroup> nsgs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<PublicIpAddress> publicIps = new ArrayList<>();
    private final List<JitPolicy> policies = new ArrayList<>();
    private final List<Pricing> pricings = new ArrayList<>();
    private final List<LoadBalancer> loadBalancers = new ArrayList<>();
    private final List<AzureFirewall> firewalls = new ArrayList<>();
    private final List<FirewallPolicy> firewallPolicies = new ArrayList<>();
    private final List<ScaleSet> scaleSets = new ArrayList<>();
    private final List<String> unreadLists = new ArrayList<>();

    private InventoryBuilder() {
    }

    public static InventoryBuilder anInventory() {
        return new InventoryBuilder();
    }

    public static VmBuilder aLinuxVm(String name) {
        return new VmBuilder(name, OsType.LINUX);
    }

    public static VmBuilder aWindowsVm(String name) {
        return new VmBuilder(name, OsType.WINDOWS);
    }

    public static VmBuilder aVmOfUnknownOs(String name) {
        return new VmBuilder(name, OsType.UNKNOWN);
    }

    /** A further NIC for {@link VmBuilder#withNic}: no NSG, no public IP unless given. */
    public static NicBuilder aNic(String name) {
        return new NicBuilder(name, name + "-nsg").withoutNsg();
    }

    public static String vmId(String name) {
        return RG + "/providers/Microsoft.Compute/virtualMachines/" + name;
    }

    public static String nicId(String nicName) {
        return NETWORK + "networkInterfaces/" + nicName;
    }

    /** The id of the VM's primary NIC's only IP configuration. */
    public static String ipConfigurationId(String vmName) {
        return nicId(vmName + "-nic") + "/ipConfigurations/ipconfig1";
    }

    public static String publicIpId(String name) {
        return NETWORK + "publicIPAddresses/" + name;
    }

    public static String nsgId(String name) {
        return NETWORK + "networkSecurityGroups/" + name;
    }

    /** The VM of that name in a built inventory. */
    public static VirtualMachine vmNamed(SubscriptionInventory inventory, String name) {
        return inventory.virtualMachines().stream().filter(vm -> vm.name().equals(name)).findFirst().orElseThrow();
    }

    public static JitPort port(int number, String duration, String... sources) {
        return new JitPort(number, "*", List.of(sources), duration);
    }

    /** A listed public IP of this name, attached to nothing. */
    public static PublicIpAddress publicIp(String name, String address, PublicIpAddress.Sku sku) {
        return new PublicIpAddress(publicIpId(name), name, address, sku, null);
    }

    /** An NSG of this name with {@code rules} above Azure's three default inbound rules. */
    public static NetworkSecurityGroup nsg(String name, Rules.Rule... rules) {
        List<SecurityRule> all = new ArrayList<>(List.of(rules).stream().map(Rules.Rule::build).toList());
        all.addAll(Rules.defaults());
        return new NetworkSecurityGroup(nsgId(name), name, all);
    }

    public InventoryBuilder withVm(VmBuilder vm) {
        vms.add(vm.build());
        String subnetId = NETWORK + "virtualNetworks/vnet/subnets/" + vm.name;
        String subnetNsgId = null;
        if (vm.subnetNsgRules != null) {
            NetworkSecurityGroup subnetNsg = nsg(vm.name + "-subnet-nsg", vm.subnetNsgRules.toArray(Rules.Rule[]::new));
            nsgs.add(subnetNsg);
            subnetNsgId = subnetNsg.id();
        }
        subnets.add(new Subnet(subnetId, vm.name, List.of("10.0.0.0/24"), subnetNsgId));
        if (vm.nicsListed) {
            int host = 4;
            for (NicBuilder nic : vm.nics) {
                nics.add(nic.build(vm.idInNic ? vmId(vm.name) : null, subnetId, "10.0.0." + host++, this));
            }
        }
        if (vm.jitPorts != null) {
            policies.add(new JitPolicy(RG + "/providers/Microsoft.Security/locations/japaneast/"
                    + "jitNetworkAccessPolicies/" + vm.name, vm.name, "rg", "japaneast",
                    List.of(new JitVirtualMachine(vm.idInPolicy, vm.jitPorts)), vm.requests));
        }
        return this;
    }

    public InventoryBuilder withPricing(String tier, String subPlan) {
        pricings.add(new Pricing(Pricing.SERVERS, tier, subPlan));
        return this;
    }

    public InventoryBuilder withPricing(Pricing pricing) {
        pricings.add(pricing);
        return this;
    }

    public InventoryBuilder with(LoadBalancer loadBalancer) {
        loadBalancers.add(loadBalancer);
        return this;
    }

    public InventoryBuilder with(PublicIpAddress publicIp) {
        publicIps.add(publicIp);
        return this;
    }

    public InventoryBuilder with(AzureFirewall firewall) {
        firewalls.add(firewall);
        return this;
    }

    public InventoryBuilder with(FirewallPolicy policy) {
        firewallPolicies.add(policy);
        return this;
    }

    public InventoryBuilder with(ScaleSet scaleSet) {
        scaleSets.add(scaleSet);
        return this;
    }

    public InventoryBuilder with(NetworkSecurityGroup nsg) {
        nsgs.add(nsg);
        return this;
    }

    public InventoryBuilder with(Subnet subnet) {
        subnets.add(subnet);
        return this;
    }

    /** A list ARM refused to give (403): {@code "load balancers"}, {@code "Azure Firewalls"}… */
    public InventoryBuilder withUnreadList(String list) {
        unreadLists.add(list);
        return this;
    }

    public SubscriptionInventory build() {
        return new SubscriptionInventory(SUB, vms, nics, nsgs, publicIps,
                List.of(new VirtualNetwork(NETWORK + "virtualNetworks/vnet", "vnet", subnets)), policies, pricings,
                loadBalancers, firewalls, firewallPolicies, scaleSets, unreadLists);
    }

    /** A VM with its primary NIC ({@code <vm>-nic}), further NICs, subnet NSG and JIT policy entry. */
    public static final class VmBuilder {
        private final String name;
        private final OsType os;
        private final NicBuilder primary;
        private final List<NicBuilder> nics = new ArrayList<>();
        private final List<JitRequest> requests = new ArrayList<>();
        private List<Rules.Rule> subnetNsgRules;
        private boolean idInNic = true;
        private boolean nicsListed = true;
        private List<JitPort> jitPorts;
        private String idInPolicy;

        VmBuilder(String name, OsType os) {
            this.name = name;
            this.os = os;
            this.idInPolicy = vmId(name);
            this.primary = new NicBuilder(name + "-nic", name + "-nsg");
            nics.add(primary);
        }

        /** No NSG on the NIC nor on its subnet. */
        public VmBuilder withoutNsg() {
            primary.withoutNsg();
            subnetNsgRules = null;
            return this;
        }

        /** An NSG (defaults only) on the subnet, none on the NIC. */
        public VmBuilder withSubnetNsgOnly() {
            primary.withoutNsg();
            subnetNsgRules = List.of();
            return this;
        }

        /** The NIC's NSG holds these rules above the defaults. */
        public VmBuilder nicNsg(Rules.Rule... rules) {
            primary.withNsg(rules);
            return this;
        }

        /** The subnet's NSG holds these rules above the defaults (the NIC keeps its own NSG unless removed). */
        public VmBuilder subnetNsg(Rules.Rule... rules) {
            subnetNsgRules = List.of(rules);
            return this;
        }

        /** No NSG on the NIC (the subnet's stays as set). */
        public VmBuilder withoutNicNsg() {
            primary.withoutNsg();
            return this;
        }

        /** A listed public IP {@code <vm>-pip} on the primary NIC. */
        public VmBuilder publicIp(String address, PublicIpAddress.Sku sku) {
            primary.withPublicIp(name + "-pip", address, sku);
            return this;
        }

        /** The primary NIC names public IP {@code <vm>-pip}, which the subscription's list lacks. */
        public VmBuilder unlistedPublicIp() {
            primary.withUnlistedPublicIp(name + "-pip");
            return this;
        }

        /** The primary NIC names this public IP id; the inventory lists it only if given {@code with(publicIp)}. */
        public VmBuilder namingPublicIp(String publicIpId) {
            primary.namingPublicIp(publicIpId);
            return this;
        }

        /** The primary NIC's own list of load-balancer backend pools. */
        public VmBuilder inPools(String... poolIds) {
            primary.pools = List.of(poolIds);
            return this;
        }

        /** The primary NIC's own list of classic inbound NAT rules. */
        public VmBuilder inNatRules(String... natRuleIds) {
            primary.natRules = List.of(natRuleIds);
            return this;
        }

        public VmBuilder withNic(NicBuilder nic) {
            nics.add(nic);
            return this;
        }

        /** The VM names its NICs but none of them was listed. */
        public VmBuilder nicsNotListed() {
            nicsListed = false;
            return this;
        }

        public VmBuilder inJit(JitPort... ports) {
            jitPorts = List.of(ports);
            return this;
        }

        public VmBuilder listedInPolicyAs(String id) {
            idInPolicy = id;
            return this;
        }

        /** A request in the VM's JIT policy for {@code port} from {@code source}, ending then, with that status. */
        public VmBuilder jitRequest(int port, String source, String endTimeUtc, String status) {
            return jitRequestFor(vmId(name), port, source, endTimeUtc, status);
        }

        /** A running request (Initiated, ending in an hour) for this VM's {@code port} from {@code source}. */
        public VmBuilder runningJitRequest(int port, String source) {
            return jitRequest(port, source, IN_AN_HOUR, "Initiated");
        }

        /** A request in the VM's JIT policy naming {@code requestedVmId} (perhaps another VM). */
        public VmBuilder jitRequestFor(String requestedVmId, int port, String source, String endTimeUtc,
                                       String status) {
            requests.add(new JitRequest("carol@contoso.com", "INC-2231", "2026-11-29T11:00:00Z", List.of(
                    new JitRequest.RequestedVm(requestedVmId, List.of(new JitRequest.RequestedPort(port,
                            List.of(source), endTimeUtc, status, null, null))))));
            return this;
        }

        VirtualMachine build() {
            return new VirtualMachine(vmId(name), name, "rg", "japaneast", os,
                    nics.stream().map(n -> nicId(n.name)).toList(), Map.of());
        }
    }

    /** A NIC with one IP configuration {@code ipconfig1}. */
    public static final class NicBuilder {
        private final String name;
        private final String nsgName;
        private List<Rules.Rule> nsgRules = List.of();
        private PublicIpAddress publicIp;
        private String namedPublicIpId;
        private List<String> pools = List.of();
        private List<String> natRules = List.of();

        NicBuilder(String name, String nsgName) {
            this.name = name;
            this.nsgName = nsgName;
        }

        public NicBuilder withNsg(Rules.Rule... rules) {
            nsgRules = List.of(rules);
            return this;
        }

        public NicBuilder withoutNsg() {
            nsgRules = null;
            return this;
        }

        public NicBuilder withPublicIp(String publicIpName, String address, PublicIpAddress.Sku sku) {
            publicIp = new PublicIpAddress(publicIpId(publicIpName), publicIpName, address, sku,
                    nicId(name) + "/ipConfigurations/ipconfig1");
            namedPublicIpId = null;
            return this;
        }

        public NicBuilder withUnlistedPublicIp(String publicIpName) {
            return namingPublicIp(publicIpId(publicIpName));
        }

        /** The NIC names this public IP id; the inventory lists it only if given {@code with(publicIp)}. */
        public NicBuilder namingPublicIp(String publicIpId) {
            namedPublicIpId = publicIpId;
            publicIp = null;
            return this;
        }

        NetworkInterface build(String vmId, String subnetId, String privateIp, InventoryBuilder inventory) {
            String nsgId = null;
            if (nsgRules != null) {
                NetworkSecurityGroup nsg = nsg(nsgName, nsgRules.toArray(Rules.Rule[]::new));
                inventory.nsgs.add(nsg);
                nsgId = nsg.id();
            }
            String publicIpId = namedPublicIpId;
            if (publicIp != null) {
                inventory.publicIps.add(publicIp);
                publicIpId = publicIp.id();
            }
            return new NetworkInterface(nicId(name), name, vmId, nsgId, List.of(new IpConfiguration(
                    nicId(name) + "/ipConfigurations/ipconfig1", "ipconfig1", privateIp, subnetId, publicIpId,
                    List.of(), pools, natRules)));
        }
    }
}
