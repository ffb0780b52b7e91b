package dev.portcullis.engine.catalogue.vm_management_port_internet_exposed;

import static dev.portcullis.engine.testing.InventoryBuilder.AN_HOUR_AGO;
import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.NETWORK;
import static dev.portcullis.engine.testing.InventoryBuilder.PRIVATE_IP;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.aNic;
import static dev.portcullis.engine.testing.InventoryBuilder.aWindowsVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.ipConfigurationId;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIp;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIpId;
import static dev.portcullis.engine.testing.InventoryBuilder.vmNamed;
import static dev.portcullis.engine.testing.Rules.allow;
import static dev.portcullis.engine.testing.Rules.deny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.EvaluationSettings;
import dev.portcullis.engine.checks.InventoryIndex;
import dev.portcullis.engine.checks.Outcome;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.reachability.InternetReachability;
import dev.portcullis.engine.testing.InventoryBuilder;
import dev.portcullis.engine.testing.InventoryBuilder.VmBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vm_management_port_internet_exposed}: the VM's management ports reachable from the internet on any path, NSG
 * by NSG in priority order, except through JIT's running grants.
 */
class VmManagementPortInternetExposedCheckTest {

    private static final String VM = "web";
    private static final String PIP = "20.78.1.2";
    private static final String JIT_ALLOW = "MicrosoftDefenderForCloud-JITRule_-1234_4C8B2B6D1E3A4F5B9C0D1E2F3A4B5C6D";
    private static final String JIT_DENY = "MicrosoftDefenderForCloud-JITRule_-5678_0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    private static final String LB = NETWORK + "loadBalancers/lb-web";
    private static final String FRONTEND = LB + "/frontendIPConfigurations/fe";

    private static CheckResult evaluate(InventoryBuilder inventory) {
        return evaluate(inventory, EvaluationSettings.defaults());
    }

    private static CheckResult evaluate(InventoryBuilder inventory, EvaluationSettings settings) {
        SubscriptionInventory built = inventory.build();
        return new VmManagementPortInternetExposedCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                settings);
    }

    /** The VM with a Standard public IP, so that only its NSGs decide. */
    private static VmBuilder vmWithPublicIp() {
        return aLinuxVm(VM).publicIp(PIP, Sku.STANDARD);
    }

    // --- NSG at the NIC and at the subnet --------------------------------------------------------------------------

    @Test
    void aVmWithNeitherPublicIpNorOtherEntrancePassesAndSaysWhatWasEvaluated() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).contains("No management port [22, 3389, 5985, 5986]")
                .contains(InternetReachability.PATHS_NOTE);
    }

    @Test
    void anAllowFromInternetOnTheNicNsgExposesPort22AndTheDetailNamesTheRule() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, "22", "Internet").named("AllowSSH"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("Reachable from the internet: port 22/TCP")
                .contains("via public IP " + PIP).contains("NSG web-nsg rule AllowSSH (priority 300, source Internet)")
                .doesNotContain("port 3389");
    }

    @Test
    void anAllowFromInternetOnTheSubnetNsgExposesPort22() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().withoutNicNsg()
                .subnetNsg(allow(300, "22", "Internet").named("subnet-ssh"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 22/TCP").contains("NSG web-subnet-nsg rule subnet-ssh");
    }

    @Test
    void theSubnetNsgDefaultsCloseWhatTheNicNsgAllows() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().subnetNsg()
                .nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void theNicNsgDefaultsCloseWhatTheSubnetNsgAllows() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().subnetNsg(allow(300, "22", "Internet"))
                .nicNsg()));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void allowsAtBothLevelsExposeAndTheDetailNamesBothRulesSubnetFirst() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .subnetNsg(allow(300, "22", "*").named("subnet-ssh"))
                .nicNsg(allow(400, "22", "Internet").named("nic-ssh"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("NSG web-subnet-nsg rule subnet-ssh (priority 300, source *) then NSG"
                + " web-nsg rule nic-ssh (priority 400, source Internet)");
    }

    @Test
    void anExposedSecondNicFailsTheVmAndTheDetailNamesItsNsg() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withNic(aNic("web-nic2")
                .withPublicIp("web-pip2", "20.78.1.3", Sku.STANDARD).withNsg(allow(300, "3389", "Internet")))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 3389/TCP").contains("20.78.1.3").contains("web-nic2-nsg");
    }

    // --- sources: plural fields, service tags, families -------------------------------------------------------------

    @Test
    void aPublicRangeInThePluralSourceListExposesEvenBesidePrivateOnes() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, "22", "10.0.0.0/8", "203.0.113.0/24"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("reachable from 203.0.113.0 and more")
                .contains("source 10.0.0.0/8, 203.0.113.0/24");
    }

    @Test
    void aPortInsideARangeOfThePluralPortListIsCovered() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().nicNsg(allow(300, "80,443,20-25",
                "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 22/TCP");
    }

    @ParameterizedTest(name = "an allow from {0} exposes port 22")
    @ValueSource(strings = {"*", "Any", "Internet", "internet", "0.0.0.0/0", "8.8.8.0/24", "AzureCloud",
            "AzureCloud.japaneast"})
    void sourcesThatIncludeInternetAddressesExpose(String source) {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().nicNsg(allow(300, "22", source))));

        assertThat(result.outcome()).as(source).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).as(source).contains("source " + source);
    }

    @ParameterizedTest(name = "an allow from {0} does not expose port 22")
    @ValueSource(strings = {"VirtualNetwork", "AzureLoadBalancer", "10.0.0.0/8", "192.168.0.0/16", "::/0"})
    void sourcesWithoutInternetAddressesOfTheIpFamilyDoNotExpose(String source) {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().nicNsg(allow(300, "22", source))));

        assertThat(result.outcome()).as(source).isEqualTo(Outcome.PASS);
    }

    @Test
    void anIpv6PublicIpIsOpenedByAnAllowFromIpv6AnywhereButNotFromIpv4Anywhere() {
        String v6 = "2603:1030:20e:3::17a";
        CheckResult fromV4 = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(v6, Sku.STANDARD)
                .nicNsg(allow(300, "22", "0.0.0.0/0"))));
        CheckResult fromV6 = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(v6, Sku.STANDARD)
                .nicNsg(allow(300, "22", "::/0"))));

        assertThat(fromV4.outcome()).isEqualTo(Outcome.PASS);
        assertThat(fromV6.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fromV6.detail()).contains("via public IP " + v6);
    }

    @Test
    void anAllowToAnotherDestinationAddressDoesNotExpose() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, "22", "Internet").to("10.0.0.99"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anOutboundAllowOrAUdpAllowDoesNotExpose() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, "22", "*").outbound(), allow(310, "22", "*").protocol("Udp"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    // --- priority order ---------------------------------------------------------------------------------------------

    @Test
    void aDenyWithALowerPriorityNumberWinsOverALaterAllow() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(200, "22", "Internet"), deny(100, "22", "*"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anAllowWithALowerPriorityNumberWinsOverALaterDeny() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(deny(200, "22", "*"), allow(100, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("priority 100");
    }

    @Test
    void aDenyOfHalfTheAddressSpaceLeavesTheOtherHalfToALaterAllow() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(deny(100, "22", "0.0.0.0/1"), allow(200, "22", "*"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("reachable from 128.0.0.0 and more");
    }

    @Test
    void aDenyOnAServiceTagIsNotCreditedWithBlockingTheInternet() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(deny(100, "22", "AzureCloud"), allow(200, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    // --- ports --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "port {0} is a management port on a Linux VM too")
    @ValueSource(ints = {22, 3389, 5985, 5986})
    void everyManagementPortCountsWhateverTheOs(int port) {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, String.valueOf(port), "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port " + port + "/TCP");
    }

    @Test
    void aWebPortOpenToTheInternetIsNotAManagementPort() {
        CheckResult result = evaluate(anInventory().withVm(vmWithPublicIp().nicNsg(allow(300, "443", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aCustomManagementPortCountsOnlyWhenConfigured() {
        InventoryBuilder inventory = anInventory().withVm(vmWithPublicIp().nicNsg(allow(300, "2222", "Internet")));
        EvaluationSettings with2222 = new EvaluationSettings(Set.of(2222), Duration.ofHours(3), Duration.ofHours(1));

        assertThat(evaluate(inventory).outcome()).isEqualTo(Outcome.PASS);
        CheckResult result = evaluate(inventory, with2222);
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 2222/TCP");
    }

    // --- no NSG at all: the public IP's SKU decides -----------------------------------------------------------------

    @Test
    void withoutAnyNsgABasicPublicIpIsOpen() {
        CheckResult result = evaluate(anInventory().withVm(aWindowsVm(VM).withoutNsg().publicIp(PIP, Sku.BASIC)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 22/TCP").contains("port 3389/TCP").contains("Basic SKU");
    }

    @Test
    void withoutAnyNsgAStandardPublicIpIsClosed() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg().publicIp(PIP, Sku.STANDARD)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void withoutAnyNsgAPublicIpMissingFromTheListIsTakenAsOpen() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg().unlistedPublicIp()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains(publicIpId("web-pip"));
    }

    // --- load balancer and firewall paths ---------------------------------------------------------------------------

    private static LoadBalancer loadBalancer(LoadBalancer.Sku sku, List<LoadBalancer.NatRule> natRules,
                                             List<LoadBalancer.BalancingRule> rules) {
        return new LoadBalancer(LB, "lb-web", sku, List.of(new LoadBalancer.Frontend(FRONTEND, "fe",
                publicIpId("pip-lb"), null)), List.of(new LoadBalancer.BackendPool(LB + "/backendAddressPools/pool",
                "pool", List.of(ipConfigurationId(VM)), List.of())), natRules, rules);
    }

    private static LoadBalancer.NatRule natRule(int frontendPort, int backendPort) {
        return new LoadBalancer.NatRule(LB + "/inboundNatRules/nat-ssh", "nat-ssh", FRONTEND, "Tcp", frontendPort,
                null, null, backendPort, ipConfigurationId(VM), null, false, false);
    }

    private static LoadBalancer.BalancingRule balancingRule(int frontendPort, int backendPort) {
        return new LoadBalancer.BalancingRule(LB + "/loadBalancingRules/rule", "rule", FRONTEND, "Tcp", frontendPort,
                backendPort, List.of(LB + "/backendAddressPools/pool"), false);
    }

    @Test
    void anInboundNatRuleOfAPublicLoadBalancerToPort22ExposesAVmWithoutPublicIp() {
        CheckResult result = evaluate(anInventory().with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(loadBalancer(LoadBalancer.Sku.STANDARD, List.of(natRule(50022, 22)), List.of()))
                .withVm(aLinuxVm(VM).nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("via load balancer lb-web frontend 20.10.0.1:50022 (inbound NAT rule"
                + " nat-ssh) to backend port 22");
    }

    @Test
    void aLoadBalancingRuleFromPort443ToBackendPort22Exposes22() {
        CheckResult result = evaluate(anInventory().with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(loadBalancer(LoadBalancer.Sku.STANDARD, List.of(), List.of(balancingRule(443, 22))))
                .withVm(aLinuxVm(VM).nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("load-balancing rule rule").contains("20.10.0.1:443");
    }

    @Test
    void aLoadBalancerForwardingToPort22IsClosedByTheNsgDefaults() {
        CheckResult result = evaluate(anInventory().with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD))
                .with(loadBalancer(LoadBalancer.Sku.STANDARD, List.of(natRule(50022, 22)), List.of()))
                .withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aBasicLoadBalancerForwardsToABackendWithoutNsgUnfiltered() {
        CheckResult result = evaluate(anInventory().with(publicIp("pip-lb", "20.10.0.1", Sku.BASIC))
                .with(loadBalancer(LoadBalancer.Sku.BASIC, List.of(natRule(50022, 22)), List.of()))
                .withVm(aLinuxVm(VM).withoutNsg()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("Basic load balancer");
    }

    private static AzureFirewall firewallForwarding(String collection, String rule, String translatedPort,
                                                    String... sources) {
        return new AzureFirewall(NETWORK + "azureFirewalls/fw-hub", "fw-hub", List.of(publicIpId("pip-fw")),
                List.of("10.0.100.4"), null, List.of(new DnatRule(collection, rule, 200, List.of("TCP"),
                List.of(sources), List.of(), List.of("52.0.0.10"), List.of("50022"), PRIVATE_IP, translatedPort)));
    }

    @Test
    void aFirewallDnatRuleFromAnywhereToPort22ExposesThroughAllowVnetInBound() {
        CheckResult result = evaluate(anInventory().with(firewallForwarding("dnat-admin", "ssh", "22", "*"))
                .withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("via firewall fw-hub 52.0.0.10:50022 (DNAT rule ssh in collection"
                + " dnat-admin)").contains("AllowVnetInBound");
    }

    @Test
    void aFirewallDnatRuleFromPrivateSourcesOnlyIsNoInternetPath() {
        CheckResult result = evaluate(anInventory().with(firewallForwarding("dnat-admin", "ssh", "22", "10.0.0.0/8"))
                .withVm(aLinuxVm(VM)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anNsgDenyingVirtualNetworkAboveTheDefaultsStopsTheFirewallsTranslatedTraffic() {
        CheckResult result = evaluate(anInventory().with(firewallForwarding("dnat-admin", "ssh", "22", "*"))
                .withVm(aLinuxVm(VM).nicNsg(deny(100, "22", "VirtualNetwork"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    // --- JIT's own rules: proven by a running request, not by their name ------------------------------------------

    /** A public IP, JIT's deny at 1000 and a JIT-named allow from {@code source} at 100, in JIT for 22. */
    private static VmBuilder jitVm(String source) {
        return vmWithPublicIp().inJit(port(22, "PT3H", "203.0.113.0/24"))
                .nicNsg(allow(100, "22", source).named(JIT_ALLOW).protocol("*"),
                        deny(1000, "22", "*").named(JIT_DENY).protocol("*"));
    }

    @Test
    void aJitNamedAllowProvenByARunningRequestIsJitWorkingNotExposure() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("203.0.113.7").runningJitRequest(22, "203.0.113.7")));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aJitNamedAllowWithoutAnyRequestIsOnlyNamedLikeJits() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("203.0.113.7")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("reachable from 203.0.113.7 ").contains(JIT_ALLOW)
                .contains("no JIT request for the VM and port approves it");
    }

    @Test
    void aJitNamedAllowWhoseRequestHasEndedIsLeftBehind() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("203.0.113.7")
                .jitRequest(22, "203.0.113.7", AN_HOUR_AGO, "Initiated")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @Test
    void aJitNamedAllowWhoseRequestWasRevokedIsLeftBehind() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("203.0.113.7")
                .jitRequest(22, "203.0.113.7", InventoryBuilder.IN_AN_HOUR, "Revoked")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @Test
    void aJitNamedAllowWiderThanItsRunningRequestExposesTheRest() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("*").runningJitRequest(22, "203.0.113.7")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("opens more than the running JIT request approved");
    }

    @Test
    void aRunningRequestForAnotherVmDoesNotProveThisVmsRule() {
        CheckResult result = evaluate(anInventory().withVm(jitVm("203.0.113.7").jitRequestFor(
                InventoryBuilder.vmId("other"), 22, "203.0.113.7", InventoryBuilder.IN_AN_HOUR, "Initiated")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("no JIT request for the VM and port approves it");
    }

    @Test
    void aUserAllowAboveJitsDenyExposesThePortWhileOneBelowItIsShadowed() {
        CheckResult above = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(allow(300, "22", "Internet").named("AllowSSH"), deny(1000, "22", "*").named(JIT_DENY))));
        CheckResult below = evaluate(anInventory().withVm(vmWithPublicIp()
                .nicNsg(deny(1000, "22", "*").named(JIT_DENY), allow(2000, "22", "Internet").named("AllowSSH"))));

        assertThat(above.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(above.detail()).contains("AllowSSH");
        assertThat(below.outcome()).isEqualTo(Outcome.PASS);
    }

    // --- what could not be read -------------------------------------------------------------------------------------

    @Test
    void noPathFoundWhileTheLoadBalancerListWasRefusedIsNotEvaluated() {
        CheckResult result = evaluate(anInventory().withUnreadList("load balancers").withVm(vmWithPublicIp()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(result.detail()).contains("ARM refused to list load balancers");
    }

    @Test
    void aPathFoundWhileAListWasRefusedStillFails() {
        CheckResult result = evaluate(anInventory().withUnreadList("Azure Firewalls")
                .withVm(vmWithPublicIp().nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anUnreadScaleSetListDoesNotStopTheVmFromPassing() {
        CheckResult result = evaluate(anInventory().withUnreadList(SubscriptionInventory.SCALE_SETS)
                .withVm(vmWithPublicIp()));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aVmNoneOfWhoseNicsWasListedIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).nicsNotListed()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).contains("No network interface");
    }
}
