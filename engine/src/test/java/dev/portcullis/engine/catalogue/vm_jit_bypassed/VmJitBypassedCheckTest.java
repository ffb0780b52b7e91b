package dev.portcullis.engine.catalogue.vm_jit_bypassed;

import static dev.portcullis.engine.testing.InventoryBuilder.AN_HOUR_AGO;
import static dev.portcullis.engine.testing.InventoryBuilder.AT;
import static dev.portcullis.engine.testing.InventoryBuilder.IN_AN_HOUR;
import static dev.portcullis.engine.testing.InventoryBuilder.NETWORK;
import static dev.portcullis.engine.testing.InventoryBuilder.PRIVATE_IP;
import static dev.portcullis.engine.testing.InventoryBuilder.aLinuxVm;
import static dev.portcullis.engine.testing.InventoryBuilder.anInventory;
import static dev.portcullis.engine.testing.InventoryBuilder.ipConfigurationId;
import static dev.portcullis.engine.testing.InventoryBuilder.port;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIp;
import static dev.portcullis.engine.testing.InventoryBuilder.publicIpId;
import static dev.portcullis.engine.testing.InventoryBuilder.vmId;
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
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.testing.InventoryBuilder;
import dev.portcullis.engine.testing.InventoryBuilder.VmBuilder;
import dev.portcullis.engine.testing.Rules;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vm_jit_bypassed}: a port in the VM's JIT policy reachable from the internet for some address that no running
 * JIT request's grant lets in. JIT's rules count only when a running request in {@code requests[]} proves them.
 */
class VmJitBypassedCheckTest {

    private static final String VM = "web";
    private static final String PIP = "20.78.1.2";
    private static final String ADMIN = "203.0.113.7";
    private static final String JIT_ALLOW = "MicrosoftDefenderForCloud-JITRule_-1234_4C8B2B6D1E3A4F5B9C0D1E2F3A4B5C6D";
    private static final String JIT_DENY = "MicrosoftDefenderForCloud-JITRule_-5678_0A1B2C3D4E5F60718293A4B5C6D7E8F9";

    private static CheckResult evaluate(InventoryBuilder inventory) {
        SubscriptionInventory built = inventory.build();
        return new VmJitBypassedCheck().evaluate(vmNamed(built, VM), new InventoryIndex(built, AT),
                EvaluationSettings.defaults());
    }

    /** A VM with a Standard public IP, in JIT for 22, its NIC NSG holding {@code rules} above JIT's deny at 1000. */
    private static VmBuilder jitOn22(Rules.Rule... rules) {
        Rules.Rule[] withDeny = Arrays.copyOf(rules, rules.length + 1);
        withDeny[rules.length] = deny(1000, "22", "*").named(JIT_DENY).protocol("*");
        return aLinuxVm(VM).publicIp(PIP, Sku.STANDARD).inJit(port(22, "PT3H", "203.0.113.0/24")).nicNsg(withDeny);
    }

    /** JIT's allow for {@code source} at priority 100, as JIT writes it while a request runs. */
    private static Rules.Rule jitAllow(String name, String source) {
        return allow(100, "22", source).named(name).protocol("*");
    }

    // --- which VMs the check applies to -----------------------------------------------------------------------------

    @Test
    void aVmInNoJitPolicyIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(PIP, Sku.STANDARD)
                .nicNsg(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).contains("no JIT port rules");
    }

    @Test
    void aVmWhosePolicyEntryHasNoPortsIsNotApplicable() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).inJit()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aPolicyNamingTheVmInAnotherCaseStillMakesItsPortsJitPorts() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(allow(300, "22", "Internet"))
                .listedInPolicyAs(vmId(VM).toUpperCase())));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    // --- ordinary rules against JIT's deny: priority order ----------------------------------------------------------

    @Test
    void aUserAllowAboveJitsDenyBypassesJit() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(allow(300, "22", "Internet")
                .named("AllowSSHFromInternet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).startsWith("JIT is bypassed: port 22/TCP").contains("via public IP " + PIP)
                .contains("rule AllowSSHFromInternet (priority 300, source Internet)");
    }

    @Test
    void aUserAllowBelowJitsDenyIsShadowedAndThePortIsClosed() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(allow(2000, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).contains("JIT ports [22] are reachable from the internet only through JIT's"
                + " running grants");
    }

    @Test
    void aUserAllowOnTheSubnetNsgWithoutNicNsgBypassesJit() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(PIP, Sku.STANDARD)
                .inJit(port(22, "PT3H", "203.0.113.0/24")).withoutNicNsg()
                .subnetNsg(allow(300, "22", "*").named("subnet-ssh"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("web-subnet-nsg rule subnet-ssh");
    }

    @Test
    void anExposedPortOutsideTheJitPolicyIsNoBypass() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(allow(300, "3389", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.detail()).contains("[22]");
    }

    @Test
    void aJitPortThatIsNoManagementPortIsStillCheckedForBypass() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(PIP, Sku.STANDARD)
                .inJit(port(22, "PT3H", "203.0.113.0/24"), port(8443, "PT3H", "203.0.113.0/24"))
                .nicNsg(allow(300, "8443", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("port 8443/TCP");
    }

    @Test
    void withoutAnyNsgABasicPublicIpBypassesJitEntirely() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).withoutNsg().publicIp(PIP, Sku.BASIC)
                .inJit(port(22, "PT3H", "203.0.113.0/24"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("Basic SKU");
    }

    // --- JIT's own allow: proven by a running request ---------------------------------------------------------------

    @Test
    void jitsAllowProvenByARunningRequestFromTheSameSourceIsNoBypass() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @ParameterizedTest(name = "{0} is JIT''s name")
    @ValueSource(strings = {"SecurityCenter-JITRule_-1234_Allow", "securitycenter-jitrule-1234-allow",
            "MICROSOFTDEFENDERFORCLOUD-JITRULE_-1234_ABCD"})
    void bothGenerationsOfJitsNameAreRecognisedInAnyCase(String name) {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(name, ADMIN))
                .runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).as(name).isEqualTo(Outcome.PASS);
    }

    @Test
    void aRunningRequestFromARangeCoversARuleFromOneAddressInIt() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .runningJitRequest(22, "203.0.113.0/24")));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aRuleOnlyNamedLikeJitsWithoutAnyRequestBypassesJit() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains(JIT_ALLOW).contains("no JIT request for the VM and port approves it");
    }

    @Test
    void jitsAllowLeftBehindAfterItsRequestEndedBypassesJit() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .jitRequest(22, ADMIN, AN_HOUR_AGO, "Initiated")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @Test
    void jitsAllowLeftBehindAfterItsRequestWasRevokedBypassesJit() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .jitRequest(22, ADMIN, IN_AN_HOUR, "Revoked")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @ParameterizedTest(name = "end time ''{0}'' is not running")
    @ValueSource(strings = {"soon", ""})
    void aRequestWithoutAReadableEndTimeProvesNothing(String end) {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .jitRequest(22, ADMIN, end, "Initiated")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @Test
    void jitsAllowWiderThanTheRunningRequestBypassesJitForTheRest() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, "*"))
                .runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("opens more than the running JIT request approved");
    }

    @Test
    void aRunningRequestForAnotherPortDoesNotProveTheRuleOn22() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .runningJitRequest(3389, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("no JIT request for the VM and port approves it");
    }

    @Test
    void aRunningRequestForAnotherVmDoesNotProveThisVmsRule() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN))
                .jitRequestFor(vmId("other"), 22, ADMIN, IN_AN_HOUR, "Initiated")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anOrdinaryAllowBesideAProvenJitGrantIsReportedWithoutTheGrant() {
        CheckResult result = evaluate(anInventory().withVm(jitOn22(jitAllow(JIT_ALLOW, ADMIN),
                allow(300, "22", "198.51.100.0/24").named("partner-ssh")).runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("reachable from 198.51.100.0 and more").contains("partner-ssh")
                .doesNotContain(JIT_ALLOW);
    }

    @Test
    void jitsDenyNameGivesADenyNoSpecialPower() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).publicIp(PIP, Sku.STANDARD)
                .inJit(port(22, "PT3H", "203.0.113.0/24"))
                .nicNsg(deny(4096, "22", "*").named(JIT_DENY), allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    // --- paths besides the NIC's public IP --------------------------------------------------------------------------

    @Test
    void anInboundNatRuleOnALoadBalancerBypassesJit() {
        String lb = NETWORK + "loadBalancers/lb-web";
        String frontend = lb + "/frontendIPConfigurations/fe";
        LoadBalancer balancer = new LoadBalancer(lb, "lb-web", LoadBalancer.Sku.STANDARD,
                List.of(new LoadBalancer.Frontend(frontend, "fe", publicIpId("pip-lb"), null)), List.of(),
                List.of(new LoadBalancer.NatRule(lb + "/inboundNatRules/nat-ssh", "nat-ssh", frontend, "Tcp", 50022,
                        null, null, 22, ipConfigurationId(VM), null, false, false)), List.of());
        CheckResult result = evaluate(anInventory().with(publicIp("pip-lb", "20.10.0.1", Sku.STANDARD)).with(balancer)
                .withVm(aLinuxVm(VM).inJit(port(22, "PT3H", "203.0.113.0/24"))
                        .nicNsg(allow(300, "22", "Internet"), deny(1000, "22", "*").named(JIT_DENY))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("via load balancer lb-web frontend 20.10.0.1:50022");
    }

    private static DnatRule dnat(String collection, String name, String... sources) {
        return new DnatRule(collection, name, 200, List.of("TCP"), List.of(sources), List.of(), List.of("52.0.0.10"),
                List.of("50022"), PRIVATE_IP, "22");
    }

    private static AzureFirewall firewall(String policyId, DnatRule... rules) {
        return new AzureFirewall(NETWORK + "azureFirewalls/fw-hub", "fw-hub", List.of(publicIpId("pip-fw")),
                List.of("10.0.100.4"), policyId, List.of(rules));
    }

    private static VmBuilder jitVmBehindFirewall() {
        return aLinuxVm(VM).inJit(port(22, "PT3H", "203.0.113.0/24"));
    }

    @Test
    void anOrdinaryFirewallDnatRuleToPort22BypassesJit() {
        CheckResult result = evaluate(anInventory().with(firewall(null, dnat("dnat-admin", "ssh", "*")))
                .withVm(jitVmBehindFirewall()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("via firewall fw-hub").contains("DNAT rule ssh");
    }

    @Test
    void jitsClassicFirewallDnatRuleProvenByARunningRequestIsNoBypass() {
        CheckResult result = evaluate(anInventory().with(firewall(null, dnat("MDC-JIT", "jit-rule-1", ADMIN)))
                .withVm(jitVmBehindFirewall().runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void jitsOldFirewallCollectionNameLeftBehindBypassesJit() {
        CheckResult result = evaluate(anInventory().with(firewall(null, dnat("ASC-JIT", "jit-rule-1", ADMIN)))
                .withVm(jitVmBehindFirewall().jitRequest(22, ADMIN, AN_HOUR_AGO, "Revoked")));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("left behind");
    }

    @Test
    void aFirewallPolicysRuleNamedLikeJitsIsNeverJitsEvenWithARunningRequest() {
        String policyId = NETWORK + "firewallPolicies/fwp-hub";
        CheckResult result = evaluate(anInventory()
                .with(new FirewallPolicy(policyId, "fwp-hub", null, List.of(dnat("MDC-JIT", "jit-rule-1", ADMIN))))
                .with(firewall(policyId)).withVm(jitVmBehindFirewall().runningJitRequest(22, ADMIN)));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.detail()).contains("of policy fwp-hub");
    }

    // --- what could not be read -------------------------------------------------------------------------------------

    @Test
    void noBypassFoundWhileTheFirewallListWasRefusedIsNotEvaluated() {
        CheckResult result = evaluate(anInventory().withUnreadList("Azure Firewalls").withVm(jitOn22()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
        assertThat(result.detail()).contains("Azure Firewalls");
    }

    @Test
    void aBypassFoundWhileAListWasRefusedStillFails() {
        CheckResult result = evaluate(anInventory().withUnreadList("load balancers")
                .withVm(jitOn22(allow(300, "22", "Internet"))));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    @Disabled("bug: a VM in JIT none of whose NICs was listed passes (\"JIT ports [22] are reachable from the internet"
            + " only through JIT's running grants\") although no path was evaluated; docs/checks.md says every VM check"
            + " is NOT_APPLICABLE then, and vm_management_port_internet_exposed is")
    void aVmInJitNoneOfWhoseNicsWasListedIsNotPassed() {
        CheckResult result = evaluate(anInventory().withVm(aLinuxVm(VM).inJit(port(22, "PT3H", "203.0.113.0/24"))
                .nicsNotListed()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.detail()).contains("No network interface");
    }
}
