package dev.portcullis.engine.catalogue.vmss_management_port_internet_exposed;

import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.NETWORK;
import static dev.portcullis.engine.testing.InventoryBuilder.RG;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.nsg;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIp;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIpId;
import static dev.portcullis.engine.testing.Rules.allow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import dev.portcullis.engine.testing.Rules;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code vmss_management_port_internet_exposed}: a Uniform scale set judged from the network profile every instance
 * gets (public IP per instance, load-balancer NAT pools and rules, the profile's and the subnet's NSGs); JIT cannot
 * protect such instances, which every detail says.
 */
class VmssManagementPortInternetExposedCheckTest {

    private static final String SET_ID = RG + "/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-web";
    private static final String SUBNET_ID = NETWORK + "virtualNetworks/vnet/subnets/vmss";
    private static final String LB = NETWORK + "loadBalancers/lb-vmss";
    private static final String FRONTEND = LB + "/frontendIPConfigurations/fe";
    private static final String NAT_POOL = LB + "/inboundNatPools/ssh";
    private static final String POOL = LB + "/backendAddressPools/pool";

    /** A Uniform set whose one IP configuration profile sits in the subnet {@code vmss}. */
    private static ScaleSet scaleSet(String profileNsgId, boolean publicIpPerInstance, boolean publicIpStandard,
                                     List<String> pools, List<String> natPools) {
        return new ScaleSet(SET_ID, "vmss-web", "rg", "japaneast", true, List.of(new ScaleSet.NicProfile("nic",
                profileNsgId, List.of(new ScaleSet.IpProfile("ipconfig1", SUBNET_ID, publicIpPerInstance,
                publicIpStandard, pools, natPools)))));
    }

    /** The inventory with the set, its subnet (with an NSG holding {@code subnetRules}, or none when null). */
    private static InventoryBuilder inventory(ScaleSet set, Rules.Rule[] subnetRules) {
        InventoryBuilder inventory = anInventory().with(set);
        if (subnetRules != null) {
            inventory.with(nsg("nsg-subnet", subnetRules));
        }
        return inventory.with(new Subnet(SUBNET_ID, "vmss", List.of("10.0.2.0/24"),
                subnetRules == null ? null : InventoryBuilder.nsgId("nsg-subnet")));
    }

    private static CheckResult evaluate(InventoryBuilder inventory, ScaleSet set) {
        return evaluate(inventory, set, EvaluationSettings.defaults());
    }

    private static CheckResult evaluate(InventoryBuilder inventory, ScaleSet set, EvaluationSettings settings) {
        SubscriptionInventory built = inventory.build();
        return new VmssManagementPortInternetExposedCheck().evaluate(set, new InventoryIndex(built, AT), settings);
    }

    private static final Rules.Rule[] NO_SUBNET_NSG = null;

    @Test
    void aPublicIpPerInstanceWithAProfileNsgAllowing22ExposesTheInstancesAndSaysJitCannotHelp() {
        ScaleSet set = scaleSet(InventoryBuilder.nsgId("nsg-vmss"), true, true, List.of(), List.of());
        CheckResult result = evaluate(inventory(set, NO_SUBNET_NSG)
                .with(nsg("nsg-vmss", allow(300, "22", "Internet").named("AllowSSH"))), set);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.checkId()).isEqualTo(VmssManagementPortInternetExposedCheck.ID);
        assertThat(result.resourceId()).isEqualTo(SET_ID);
        assertThat(result.detail()).startsWith("Reachable from the internet: port 22/TCP")
                .contains("a public IP per instance").contains("NSG nsg-vmss rule AllowSSH (priority 300")
                .contains("JIT status: NOT_SUPPORTED").contains("Azure Bastion");
    }

    @Test
    void theSubnetNsgAloneDecidesWhenTheProfileHasNone() {
        ScaleSet set = scaleSet(null, true, true, List.of(), List.of());
        CheckResult result = evaluate(inventory(set, new Rules.Rule[] {allow(300, "3389", "*").named("subnet-rdp")}),
                set);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 3389/TCP").contains("NSG nsg-subnet rule subnet-rdp");
    }

    @Test
    void theSubnetNsgDefaultsCloseWhatTheProfileNsgAllows() {
        ScaleSet set = scaleSet(InventoryBuilder.nsgId("nsg-vmss"), true, true, List.of(), List.of());
        CheckResult result = evaluate(inventory(set, new Rules.Rule[0])
                .with(nsg("nsg-vmss", allow(300, "22", "Internet"))), set);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).contains("No management port [22, 3389, 5985, 5986] of the instances")
                .contains("JIT status: NOT_SUPPORTED");
    }

    @Test
    void withoutAnyNsgAPublicIpPerInstanceOfUnknownSkuIsTakenAsOpen() {
        ScaleSet set = scaleSet(null, true, false, List.of(), List.of());
        CheckResult result = evaluate(inventory(set, NO_SUBNET_NSG), set);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("Basic SKU");
    }

    @Test
    void withoutAnyNsgAStandardPublicIpPerInstanceIsClosed() {
        ScaleSet set = scaleSet(null, true, true, List.of(), List.of());

        assertThat(evaluate(inventory(set, NO_SUBNET_NSG), set).outcome()).isEqualTo(Outcome.PASS);
    }

    private static LoadBalancer loadBalancer(int balancedBackendPort) {
        return new LoadBalancer(LB, "lb-vmss", LoadBalancer.Sku.STANDARD,
                List.of(new LoadBalancer.Frontend(FRONTEND, "fe", publicIpId("pip-lb"), null)),
                List.of(new LoadBalancer.BackendPool(POOL, "pool", List.of(), List.of())),
                List.of(new LoadBalancer.NatRule(NAT_POOL, "ssh", FRONTEND, "Tcp", null, 50000, 50119, 22, null, null,
                        false, true)),
                List.of(new LoadBalancer.BalancingRule(LB + "/loadBalancingRules/web", "web", FRONTEND, "Tcp", 443,
                        balancedBackendPort, List.of(POOL), false)));
    }

    @Test
    void aNatPoolOfAPublicLoadBalancerForwardingTo22ExposesTheInstances() {
        ScaleSet set = scaleSet(InventoryBuilder.nsgId("nsg-vmss"), false, false, List.of(POOL), List.of(NAT_POOL));
        CheckResult result = evaluate(inventory(set, NO_SUBNET_NSG).with(loadBalancer(443))
                .with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(nsg("nsg-vmss", allow(300, "22", "Internet"))), set);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("via load balancer lb-vmss frontend 20.10.0.1:50000-50119 (inbound NAT"
                + " pool ssh) to backend port 22");
    }

    @Test
    void aPoolBehindABalancingRuleToAManagementPortExposesIt() {
        ScaleSet set = scaleSet(InventoryBuilder.nsgId("nsg-vmss"), false, false, List.of(POOL), List.of());
        CheckResult toRdp = evaluate(inventory(set, NO_SUBNET_NSG).with(loadBalancer(3389))
                .with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(nsg("nsg-vmss", allow(300, "*", "Internet"))), set);
        CheckResult toWeb = evaluate(inventory(set, NO_SUBNET_NSG).with(loadBalancer(443))
                .with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(nsg("nsg-vmss", allow(300, "*", "Internet"))), set);

        assertThat(toRdp.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(toRdp.detail()).contains("port 3389/TCP").contains("load-balancing rule web");
        assertThat(toWeb.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aCustomManagementPortCountsWhenConfigured() {
        ScaleSet set = scaleSet(InventoryBuilder.nsgId("nsg-vmss"), true, true, List.of(), List.of());
        InventoryBuilder inventory = inventory(set, NO_SUBNET_NSG).with(nsg("nsg-vmss", allow(300, "2222", "*")));

        assertThat(evaluate(inventory, set).outcome()).isEqualTo(Outcome.PASS);
        assertThat(evaluate(inventory, set, new EvaluationSettings(Set.of(2222), Duration.ofHours(3),
                Duration.ofHours(1))).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void noPathFoundWhileTheLoadBalancerListWasRefusedIsNotEvaluated() {
        ScaleSet set = scaleSet(null, false, false, List.of(POOL), List.of(NAT_POOL));
        CheckResult result = evaluate(inventory(set, NO_SUBNET_NSG).withUnreadList("load balancers"), set);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(result.detail()).contains("load balancers");
    }

    @Test
    void aPathFoundWhileAListWasRefusedStillFails() {
        ScaleSet set = scaleSet(null, true, false, List.of(), List.of());
        CheckResult result = evaluate(inventory(set, NO_SUBNET_NSG).withUnreadList("Azure Firewalls"), set);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }
}
