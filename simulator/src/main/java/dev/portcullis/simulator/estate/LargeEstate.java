package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.Expectation.FAIL;
import static dev.portcullis.simulator.estate.Expectation.PASS;
import static dev.portcullis.simulator.estate.Scenario.scenario;

import dev.portcullis.simulator.estate.builder.DefenderPlan;
import dev.portcullis.simulator.estate.builder.EstateBuilder;
import dev.portcullis.simulator.estate.builder.NsgBuilder;
import dev.portcullis.simulator.estate.builder.PublicIpSku;
import dev.portcullis.simulator.estate.builder.ResourceGroupBuilder;
import dev.portcullis.simulator.estate.builder.SubnetBuilder;
import dev.portcullis.simulator.estate.builder.SubscriptionBuilder;
import dev.portcullis.simulator.estate.builder.VirtualNetworkBuilder;
import dev.portcullis.simulator.estate.builder.VmBuilder;
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
 *       within the duration limits, from 10.0.0.0/8.</li>
 * </ul>
 */
public final class LargeEstate {

    public static final String LARGE_CORP_TENANT_ID = "1a26e000-0000-4000-8000-000000000003";
    public static final String LARGE_CORP_SUBSCRIPTION_ID = "1a26e000-0001-4000-8000-00000000c001";

    public static final int VMS_PER_RESOURCE_GROUP = 100;
    public static final int VMS_PER_NSG = 50;
    /** Two /16 networks of /24 subnets, one per resource group of 100 VMs. */
    public static final int MAX_VMS = 2 * 256 * VMS_PER_RESOURCE_GROUP;

    private static final Expectation N_A = Expectation.NOT_APPLICABLE;

    public static final Scenario PROTECTED = scenario("large-jit-protected",
            "In the JIT policy; no public IP or an NSG that admits no management port")
            .expect(PASS, PASS, PASS, PASS, PASS, PASS, PASS, JitStatus.PROTECTED);
    public static final Scenario BYPASSED = scenario("large-jit-bypassed",
            "In the JIT policy, but an open NSG (22 and 3389 from Internet) and a public IP")
            .expect(PASS, FAIL, PASS, PASS, PASS, PASS, FAIL, JitStatus.PARTIAL);
    public static final Scenario NO_JIT = scenario("large-no-jit",
            "In no JIT policy; no public IP or an NSG that admits no management port")
            .expect(PASS, PASS, FAIL, N_A, N_A, N_A, N_A, JitStatus.UNPROTECTED);
    public static final Scenario NO_JIT_EXPOSED = scenario("large-no-jit-exposed",
            "In no JIT policy; an open NSG and a public IP")
            .expect(PASS, FAIL, FAIL, N_A, N_A, N_A, N_A, JitStatus.UNPROTECTED);

    public static final List<Scenario> ALL = List.of(PROTECTED, BYPASSED, NO_JIT, NO_JIT_EXPOSED);

    private static final List<String> LOCATIONS = List.of(DemoEstate.JAPANEAST, DemoEstate.EASTUS);

    private LargeEstate() {
    }

    public static Estate build(int vms) {
        if (vms < 0 || vms > MAX_VMS) {
            throw new IllegalArgumentException("between 0 and " + MAX_VMS + " VMs, not " + vms);
        }
        EstateBuilder estate = new EstateBuilder("52.140");
        SubscriptionBuilder sub = estate.subscription(
                        estate.tenant(LARGE_CORP_TENANT_ID, "Large Corp", "largecorp.onmicrosoft.com"),
                        LARGE_CORP_SUBSCRIPTION_ID, "Large Corp Production")
                .defender(DefenderPlan.STANDARD_P2, PASS);
        ResourceGroupBuilder network = sub.resourceGroup("rg-large-network", DemoEstate.JAPANEAST);
        List<VirtualNetworkBuilder> vnets = List.of(
                network.virtualNetwork("vnet-large-japaneast", DemoEstate.JAPANEAST, "10.128.0.0/16"),
                network.virtualNetwork("vnet-large-eastus", DemoEstate.EASTUS, "10.129.0.0/16"));

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
            addVm(group, subnet, nsg, i);
        }
        return estate.build();
    }

    private static void addVm(ResourceGroupBuilder group, SubnetBuilder subnet, NsgBuilder nsg, int i) {
        boolean windows = i % 3 == 2;
        boolean covered = i % 2 == 0;
        boolean publicIp = i % 8 == 0 || i % 8 == 3;
        boolean exposed = publicIp && openNsg(i);
        Scenario scenario = covered ? (exposed ? BYPASSED : PROTECTED) : (exposed ? NO_JIT_EXPOSED : NO_JIT);
        String name = String.format("lc-vm-%05d", i);
        VmBuilder vm = windows ? group.windowsVm(name, scenario) : group.linuxVm(name, scenario);
        vm.nic(subnet, nic -> {
            nic.nsg(nsg);
            if (publicIp) {
                nic.publicIp(i % 40 == 3 ? PublicIpSku.BASIC : PublicIpSku.STANDARD);
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
