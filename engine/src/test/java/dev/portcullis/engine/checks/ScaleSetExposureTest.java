package dev.portcullis.engine.checks;

import dev.portcullis.engine.catalogue.vmss_management_port_internet_exposed.VmssManagementPortInternetExposedCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.ScaleSet;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.SecurityRule.Access;
import dev.portcullis.engine.inventory.SecurityRule.Direction;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code vmss_management_port_internet_exposed}: a Uniform scale set judged from the profile its instances get. */
class ScaleSetExposureTest {

    private static final String SUB = "00000000-0000-0000-0000-000000000001";
    private static final String NET = "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Network/";
    private static final String SET = "/subscriptions/" + SUB
            + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-web";
    private static final String NSG = NET + "networkSecurityGroups/nsg-vmss";
    private static final String LB = NET + "loadBalancers/lb-vmss";
    private static final String NAT_POOL = LB + "/inboundNatPools/ssh";
    private static final String POOL = LB + "/backendAddressPools/pool";

    /** The profile's NSG with these rules (null: no NSG), a public IP per instance or not, pools and NAT pools. */
    record Profile(List<SecurityRule> nsgRules, boolean publicIp, boolean publicIpStandard, List<String> pools,
                   List<String> natPools, boolean uniform) {

        Optional<CheckResult> evaluate() {
            List<NetworkSecurityGroup> nsgs = nsgRules == null ? List.of()
                    : List.of(new NetworkSecurityGroup(NSG, "nsg-vmss", nsgRules));
            ScaleSet set = new ScaleSet(SET, "vmss-web", "rg", "japaneast", uniform, List.of(new ScaleSet.NicProfile(
                    "nic", nsgRules == null ? null : NSG, List.of(new ScaleSet.IpProfile("ipconfig1", null, publicIp,
                    publicIpStandard, pools, natPools)))));
            LoadBalancer lb = new LoadBalancer(LB, "lb-vmss", LoadBalancer.Sku.STANDARD,
                    List.of(new LoadBalancer.Frontend(LB + "/frontendIPConfigurations/fe", "fe", NET
                            + "publicIPAddresses/pip-lb", null)),
                    List.of(new LoadBalancer.BackendPool(POOL, "pool", List.of(), List.of())),
                    List.of(new LoadBalancer.NatRule(NAT_POOL, "ssh", LB + "/frontendIPConfigurations/fe", "Tcp", null,
                            50000, 50119, 22, null, null, false, true)),
                    List.of(new LoadBalancer.BalancingRule(LB + "/loadBalancingRules/web", "web",
                            LB + "/frontendIPConfigurations/fe", "Tcp", 443, 443, List.of(POOL), false)));
            SubscriptionInventory inventory = new SubscriptionInventory(SUB, List.of(), List.of(), nsgs,
                    List.of(new PublicIpAddress(NET + "publicIPAddresses/pip-lb", "pip-lb", "20.10.0.1",
                            PublicIpAddress.Sku.STANDARD, null)), List.of(), List.of(), List.of(), List.of(lb),
                    List.of(), List.of(), List.of(set), List.of());
            return new Evaluator(CheckCatalogue.standard(), EvaluationSettings.defaults())
                    .evaluate(inventory, Instant.parse("2026-11-29T12:00:00Z")).results().stream()
                    .filter(r -> r.checkId().equals(VmssManagementPortInternetExposedCheck.ID)).findFirst();
        }
    }

    private static List<SecurityRule> nsg(SecurityRule... rules) {
        List<SecurityRule> all = new ArrayList<>(List.of(rules));
        all.add(rule("DenyAllInBound", 65500, Access.DENY, "*"));
        return all;
    }

    private static SecurityRule rule(String name, int priority, Access access, String port) {
        return new SecurityRule(name, priority, Direction.INBOUND, access, "Tcp", List.of("*"), List.of(), List.of("*"),
                List.of(), List.of(port), false);
    }

    private static final SecurityRule ALLOW_SSH = rule("AllowSsh", 300, Access.ALLOW, "22");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a public IP per instance and an NSG allowing 22 expose the instances",
                        new Profile(nsg(ALLOW_SSH), true, true, List.of(), List.of(), true), Outcome.FAIL),
                Arguments.of("a NAT pool on a public load balancer forwarding to 22 exposes the instances",
                        new Profile(nsg(ALLOW_SSH), false, false, List.of(POOL), List.of(NAT_POOL), true), Outcome.FAIL),
                Arguments.of("a pool behind a rule to 443 only does not expose a management port",
                        new Profile(nsg(ALLOW_SSH), false, false, List.of(POOL), List.of(), true), Outcome.PASS),
                Arguments.of("a public IP per instance behind an NSG that allows nothing is closed",
                        new Profile(nsg(), true, true, List.of(), List.of(), true), Outcome.PASS),
                Arguments.of("no NSG and a public IP per instance of unknown SKU is taken as open",
                        new Profile(null, true, false, List.of(), List.of(), true), Outcome.FAIL),
                Arguments.of("no NSG and a Standard public IP per instance is closed",
                        new Profile(null, true, true, List.of(), List.of(), true), Outcome.PASS),
                Arguments.of("a Flexible scale set gets no scale-set result (its VMs are checked as VMs)",
                        new Profile(nsg(ALLOW_SSH), true, true, List.of(), List.of(), false), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void uniformScaleSetsAreJudgedFromTheirNetworkProfile(String name, Profile profile, Outcome expected) {
        Optional<CheckResult> result = profile.evaluate();

        if (expected == null) {
            assertThat(result).as(name).isEmpty();
            return;
        }
        assertThat(result).as(name).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo(expected);
            assertThat(r.detail()).contains("NOT_SUPPORTED");
        });
    }
}
