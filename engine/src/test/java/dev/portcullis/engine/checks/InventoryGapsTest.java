package dev.portcullis.engine.checks;

import dev.portcullis.engine.vocabulary.OsType;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.inventory.InventoryGaps;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.testing.InventoryBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryGapsTest {

    @Test
    void completeInventoryHasNoGaps() {
        assertThat(InventoryGaps.find(anInventory().withVm(aLinuxVm("web")).build())).isEmpty();
    }

    @Test
    void vmNamingAnUnlistedNicAndAVmWithoutNicsAreReported() {
        SubscriptionInventory base = anInventory().withVm(aLinuxVm("web")).build();
        VirtualMachine orphan = new VirtualMachine(InventoryBuilder.vmId("orphan"), "orphan", "rg", "japaneast",
                dev.portcullis.engine.vocabulary.OsType.LINUX, List.of(InventoryBuilder.RG + "/nics/missing"), Map.of());
        VirtualMachine bare = new VirtualMachine(InventoryBuilder.vmId("bare"), "bare", "rg", "japaneast",
                dev.portcullis.engine.vocabulary.OsType.LINUX, List.of(), Map.of());
        SubscriptionInventory inventory = new SubscriptionInventory(base.subscriptionId(),
                List.of(base.virtualMachines().get(0), orphan, bare), base.networkInterfaces(),
                base.networkSecurityGroups(), base.publicIpAddresses(), base.virtualNetworks(), base.jitPolicies(),
                base.pricings());

        assertThat(InventoryGaps.find(inventory)).hasSize(2)
                .anySatisfy(gap -> assertThat(gap).contains("orphan").contains("was not listed"))
                .anySatisfy(gap -> assertThat(gap).contains("bare").contains("no network interface"));
    }

    @Test
    void loadBalancerReferencesThatLeadNowhereAreReported() {
        String lb = InventoryBuilder.RG + "/providers/Microsoft.Network/loadBalancers/lb";
        SubscriptionInventory base = anInventory().withVm(aLinuxVm("web")).build();
        NetworkInterface nic = base.networkInterfaces().get(0);
        IpConfiguration ipc = nic.ipConfigurations().get(0);
        NetworkInterface inPools = new NetworkInterface(nic.id(), nic.name(), nic.virtualMachineId(),
                nic.networkSecurityGroupId(), List.of(new IpConfiguration(ipc.id(), ipc.name(), ipc.privateIpAddress(),
                ipc.subnetId(), null, List.of(), List.of(lb + "/backendAddressPools/gone"),
                List.of(InventoryBuilder.RG + "/providers/Microsoft.Network/loadBalancers/other/inboundNatRules/x"))));
        LoadBalancer balancer = new LoadBalancer(lb, "lb", LoadBalancer.Sku.STANDARD,
                List.of(new LoadBalancer.Frontend(lb + "/frontendIPConfigurations/fe", "fe", "pip", null)), List.of(),
                List.of(), List.of(new LoadBalancer.BalancingRule(lb + "/loadBalancingRules/r", "r",
                lb + "/frontendIPConfigurations/missing", "Tcp", 443, null, List.of(lb + "/backendAddressPools/p"),
                false)));
        SubscriptionInventory inventory = new SubscriptionInventory(base.subscriptionId(), base.virtualMachines(),
                List.of(inPools), base.networkSecurityGroups(), base.publicIpAddresses(), base.virtualNetworks(),
                base.jitPolicies(), base.pricings(), List.of(balancer), List.of(), List.of(), List.of(), List.of());

        assertThat(InventoryGaps.find(inventory)).hasSize(5)
                .anySatisfy(gap -> assertThat(gap).contains("names backend pool").contains("gone"))
                .anySatisfy(gap -> assertThat(gap).contains("names inbound NAT rule"))
                .anySatisfy(gap -> assertThat(gap).contains("names pool").contains("does not have"))
                .anySatisfy(gap -> assertThat(gap).contains("names frontend").contains("missing"))
                .anySatisfy(gap -> assertThat(gap).contains("no backend port"));
    }
}
