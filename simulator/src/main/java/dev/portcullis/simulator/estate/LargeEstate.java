package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.CheckIds.JIT_QUALITY_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_BYPASSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_ENABLED;
import static dev.portcullis.simulator.estate.CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_PUBLIC_IP_BASIC_SKU;
import static dev.portcullis.simulator.estate.Expectation.PASS;
import static dev.portcullis.simulator.estate.Scenario.scenario;

import dev.portcullis.simulator.estate.builder.BackendPoolBuilder;
import dev.portcullis.simulator.estate.builder.DefenderPlan;
import dev.portcullis.simulator.estate.builder.FrontendBuilder;
import dev.portcullis.simulator.estate.builder.LoadBalancerBuilder;
import dev.portcullis.simulator.estate.builder.LoadBalancerSku;
import dev.portcullis.simulator.estate.builder.NicBuilder;
import dev.portcullis.simulator.estate.builder.EstateBuilder;
import dev.portcullis.simulator.estate.builder.NsgBuilder;
import dev.portcullis.simulator.estate.builder.PublicIpSku;
import dev.portcullis.simulator.estate.builder.ResourceGroupBuilder;
import dev.portcullis.simulator.estate.builder.SubnetBuilder;
import dev.portcullis.simulator.estate.builder.SubscriptionBuilder;
import dev.portcullis.simulator.estate.builder.VirtualNetworkBuilder;
import dev.portcullis.simulator.estate.builder.VmBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Large Corp: one tenant, one subscription, as many VMs as asked, for scale tests. VM {@code i}:
 * <ul>
 *   <li>Windows when {@code i % 3 == 2}, else Linux; one NIC each;</li>
 *   <li>resource group {@code i / 100}, alternating japaneast and eastus, one subnet per group;</li>
 *   <li>NIC NSG shared by 50 VMs ({@code i / 50}); every fifth NSG is "open": it allows 22 and 3389
 *       from Internet at priorities 300 and 310;</li>
 *   <li>a public IP when {@code i % 8} is 0 or 3 (a quarter), Basic SKU when {@code i % 40 == 3};</li>
 *   <li>in its group's JIT policy when {@code i} is even (about half), with the OS's ports and 2222,
 *       within the duration limits, from 10.0.0.0/8;</li>
 *   <li>in the backend pool of a public Standard load balancer when {@code i % 5 == 1} (a fifth: 2,000 of
 *       10,000): {@code lb-large-NN} with {@code NN = (i / 1000) * 2 + (i / 100) % 2}, so each load
 *       balancer serves the 100 pool members of five resource groups of one location (20 load balancers
 *       for 10,000 VMs, in rg-large-network). Each has one rule Tcp 443 → 443 (no management port, so no
 *       result changes) and, for its members with {@code i % 50 == 1} (odd, so in no JIT policy), a
 *       classic inbound NAT rule {@code 50000 + i % 1000} → 22 (Linux) or 3389 (Windows): exposed
 *       when the VM's NSG is open ({@code large-lb-nat-exposed}), closed by DenyAllInBound otherwise
 *       ({@code large-lb-nat-closed}). Their frontend public IPs are handed out after the VMs', which keep
 *       their addresses.</li>
 * </ul>
 */
public final class LargeEstate {

    public static final String LARGE_CORP_TENANT_ID = "1a26e000-0000-4000-8000-000000000003";
    public static final String LARGE_CORP_SUBSCRIPTION_ID = "1a26e000-0001-4000-8000-00000000c001";

    public static final int VMS_PER_RESOURCE_GROUP = 100;
    public static final int VMS_PER_NSG = 50;
    /** Two /16 networks of /24 subnets, one per resource group of 100 VMs. */
    public static final int MAX_VMS = 2 * 256 * VMS_PER_RESOURCE_GROUP;

    public static final Scenario PROTECTED = scenario("large-jit-protected",
            "In the JIT policy; no public IP or an NSG that admits no management port")
            .status(JitStatus.PROTECTED);
    public static final Scenario BYPASSED = scenario("large-jit-bypassed",
            "In the JIT policy, but an open NSG (22 and 3389 from Internet) and a public IP")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(JitStatus.PARTIAL);
    public static final Scenario NO_JIT = scenario("large-no-jit",
            "In no JIT policy; no public IP or an NSG that admits no management port")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);
    public static final Scenario NO_JIT_EXPOSED = scenario("large-no-jit-exposed",
            "In no JIT policy; an open NSG and a public IP")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_ENABLED)
            .notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);

    public static final Scenario NO_JIT_BASIC_IP = scenario("large-no-jit-basic-ip",
            "In no JIT policy; a Basic public IP and an NSG that admits no management port")
            .failing(VM_JIT_ENABLED, VM_PUBLIC_IP_BASIC_SKU).notApplicable(JIT_QUALITY_CHECKS)
            .status(JitStatus.UNPROTECTED);
    public static final Scenario NO_JIT_EXPOSED_BASIC_IP = scenario("large-no-jit-exposed-basic-ip",
            "In no JIT policy; an open NSG and a Basic public IP")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_ENABLED, VM_PUBLIC_IP_BASIC_SKU)
            .notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);

    public static final Scenario LB_NAT_EXPOSED = scenario("large-lb-nat-exposed",
            "In no JIT policy; a classic NAT rule of its public Standard load balancer forwards a frontend port to 22 "
                    + "(Linux) or 3389 (Windows), and its open NSG allows that port from Internet")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_ENABLED)
            .notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);
    public static final Scenario LB_NAT_CLOSED = scenario("large-lb-nat-closed",
            "In no JIT policy; a classic NAT rule of its public Standard load balancer forwards to 22 / 3389, but its "
                    + "NSG has no allow for it (DenyAllInBound decides) and no public IP path is open")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(JitStatus.UNPROTECTED);

    public static final List<Scenario> ALL = List.of(PROTECTED, BYPASSED, NO_JIT, NO_JIT_EXPOSED, NO_JIT_BASIC_IP,
            NO_JIT_EXPOSED_BASIC_IP, LB_NAT_EXPOSED, LB_NAT_CLOSED);

    /** Every fifth VM is in a load balancer's pool. */
    public static final int LOAD_BALANCED_EVERY = 5;
    /** VMs (of all, in and out of pools) per load balancer and location: 1,000 VMs give one per location. */
    public static final int VMS_PER_LOAD_BALANCER_PAIR = 1000;

    private static final List<String> LOCATIONS = List.of(DemoEstate.JAPANEAST, DemoEstate.EASTUS);

    private LargeEstate() {
    }

    public static Estate build(int vms) {
        EstateBuilder estate = new EstateBuilder("52.140");
        SimTenant tenant = estate.tenant(LARGE_CORP_TENANT_ID, "Large Corp", "largecorp.onmicrosoft.com");
        addSubscription(estate, tenant, LARGE_CORP_SUBSCRIPTION_ID, "Large Corp Production", "lc-vm-", vms);
        return estate.build();
    }

    /**
     * Describes one subscription of {@code vms} VMs as above in {@code estate}: what {@link #build} serves, and each
     * subscription of {@link ClusterEstate}. VM {@code i} is named {@code vmNamePrefix} and {@code i} in five digits
     * (VM names are unique in an estate); the other names repeat from one subscription to the next (their ids differ).
     */
    static void addSubscription(EstateBuilder estate, SimTenant tenant, String subscriptionId, String displayName,
                                String vmNamePrefix, int vms) {
        if (vms < 0 || vms > MAX_VMS) {
            throw new IllegalArgumentException("between 0 and " + MAX_VMS + " VMs, not " + vms);
        }
        SubscriptionBuilder sub = estate.subscription(tenant, subscriptionId, displayName)
                .defender(DefenderPlan.STANDARD_P2, PASS);
        ResourceGroupBuilder network = sub.resourceGroup("rg-large-network", DemoEstate.JAPANEAST);
        List<VirtualNetworkBuilder> vnets = List.of(
                network.virtualNetwork("vnet-large-japaneast", DemoEstate.JAPANEAST, "10.128.0.0/16"),
                network.virtualNetwork("vnet-large-eastus", DemoEstate.EASTUS, "10.129.0.0/16"));

        List<LoadBalancer> loadBalancers = new ArrayList<>();
        for (int pair = 0; pair * VMS_PER_LOAD_BALANCER_PAIR < vms; pair++) {
            for (int locationIndex = 0; locationIndex < 2; locationIndex++) {
                String name = String.format("lb-large-%02d", pair * 2 + locationIndex);
                LoadBalancerBuilder lb = network.loadBalancer(name, LOCATIONS.get(locationIndex), LoadBalancerSku.STANDARD);
                loadBalancers.add(new LoadBalancer(lb, lb.backendPool("pool-web"), new ArrayList<>()));
            }
        }
        ResourceGroupBuilder group = null;
        SubnetBuilder subnet = null;
        NsgBuilder nsg = null;
        for (int i = 0; i < vms; i++) {
            int groupIndex = i / VMS_PER_RESOURCE_GROUP;
            if (i % VMS_PER_RESOURCE_GROUP == 0) {
                int locationIndex = groupIndex % 2;
                group = sub.resourceGroup(String.format("rg-large-%03d", groupIndex), LOCATIONS.get(locationIndex));
                subnet = vnets.get(locationIndex).subnet(String.format("snet-large-%03d", groupIndex),
                        "10." + (128 + locationIndex) + "." + groupIndex / 2 + ".0/24");
            }
            if (i % VMS_PER_NSG == 0) {
                nsg = openNsg(i) ? openNsg(group, i) : group.networkSecurityGroup(nsgName(i));
            }
            addVm(group, subnet, nsg, vmNamePrefix, i, loadBalancers);
        }
        for (LoadBalancer balancer : loadBalancers) {
            balancer.publish();
        }
    }

    /** The public IPv4 addresses a subscription of {@code vms} VMs takes: its VMs' and its load balancers' frontends. */
    public static int publicAddresses(int vms) {
        int vmAddresses = (vms / 8) * 2 + (vms % 8 > 0 ? 1 : 0) + (vms % 8 > 3 ? 1 : 0);
        int loadBalancers = 2 * ((vms + VMS_PER_LOAD_BALANCER_PAIR - 1) / VMS_PER_LOAD_BALANCER_PAIR);
        return vmAddresses + loadBalancers;
    }

    /** The load balancer of pool member {@code i}. */
    private static int loadBalancerIndex(int i) {
        return (i / VMS_PER_LOAD_BALANCER_PAIR) * 2 + (i / VMS_PER_RESOURCE_GROUP) % 2;
    }

    private static boolean inPool(int i) {
        return i % LOAD_BALANCED_EVERY == 1;
    }

    private static boolean hasNatRule(int i) {
        return i % VMS_PER_NSG == 1;
    }

    /**
     * A load balancer, its pool, and the NICs that get a classic NAT rule; frontend, rules and NAT
     * rules are written after the VMs ({@link #publish}) so the VMs' public addresses stay as before.
     */
    private record LoadBalancer(LoadBalancerBuilder builder, BackendPoolBuilder pool, List<NatTarget> natTargets) {

        void publish() {
            FrontendBuilder front = builder.publicFrontend("fe-public");
            builder.rule("lbr-https", front, "Tcp", 443, 443, pool);
            for (NatTarget target : natTargets) {
                target.nic().inboundNatRule(builder.inboundNatRule("nat-" + target.vmName(), front, "Tcp",
                        50000 + target.index() % VMS_PER_LOAD_BALANCER_PAIR, target.backendPort()));
            }
        }
    }

    /** A pool member that gets a classic NAT rule to its OS's management port. */
    private record NatTarget(NicBuilder nic, String vmName, int index, int backendPort) {
    }

    private static void addVm(ResourceGroupBuilder group, SubnetBuilder subnet, NsgBuilder nsg, String vmNamePrefix, int i,
                              List<LoadBalancer> loadBalancers) {
        boolean windows = i % 3 == 2;
        boolean covered = i % 2 == 0;
        boolean publicIp = i % 8 == 0 || i % 8 == 3;
        boolean exposed = publicIp && openNsg(i);
        boolean natRule = inPool(i) && hasNatRule(i);
        Scenario scenario = covered ? (exposed ? BYPASSED : PROTECTED) : (exposed ? NO_JIT_EXPOSED : NO_JIT);
        if (natRule) {
            scenario = openNsg(i) ? LB_NAT_EXPOSED : LB_NAT_CLOSED;
        } else if (i % 40 == 3) {
            scenario = exposed ? NO_JIT_EXPOSED_BASIC_IP : NO_JIT_BASIC_IP;
        }
        String name = vmNamePrefix + String.format("%05d", i);
        VmBuilder vm = windows ? group.windowsVm(name, scenario) : group.linuxVm(name, scenario);
        vm.nic(subnet, nic -> {
            nic.nsg(nsg);
            if (publicIp) {
                nic.publicIp(i % 40 == 3 ? PublicIpSku.BASIC : PublicIpSku.STANDARD);
            }
            if (inPool(i)) {
                LoadBalancer balancer = loadBalancers.get(loadBalancerIndex(i));
                nic.inBackendPool(balancer.pool());
                if (natRule) {
                    balancer.natTargets().add(new NatTarget(nic, name, i, windows ? 3389 : 22));
                }
            }
        });
        if (covered) {
            vm.jit(windows ? DemoEstate.WINDOWS_JIT : DemoEstate.LINUX_JIT);
        }
    }

    private static boolean openNsg(int vmIndex) {
        return (vmIndex / VMS_PER_NSG) % 5 == 4;
    }

    private static NsgBuilder openNsg(ResourceGroupBuilder group, int vmIndex) {
        return group.networkSecurityGroup(nsgName(vmIndex))
                .allowInbound(300, "Tcp", "Internet", "22")
                .allowInbound(310, "Tcp", "Internet", "3389");
    }

    private static String nsgName(int vmIndex) {
        return String.format("nsg-large-%04d", vmIndex / VMS_PER_NSG);
    }
}
