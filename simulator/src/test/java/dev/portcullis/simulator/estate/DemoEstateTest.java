package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.DemoEstate.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class DemoEstateTest {

    private final Estate estate = Estate.demo();

    @Test
    void hasTwoTenantsWithTwoSubscriptionsEach() {
        assertThat(estate.tenants()).extracting(SimTenant::tenantId, SimTenant::displayName)
                .containsExactly(tuple(CONTOSO_TENANT_ID, "Contoso"),
                        tuple(FABRIKAM_TENANT_ID, "Fabrikam"));
        assertThat(estate.subscriptions()).extracting(SimSubscription::subscriptionId).containsExactly(
                CONTOSO_PRODUCTION_SUBSCRIPTION_ID, CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID,
                FABRIKAM_RETAIL_SUBSCRIPTION_ID, FABRIKAM_SANDBOX_SUBSCRIPTION_ID);
        assertThat(estate.subscriptions()).extracting(SimSubscription::tenantId)
                .containsExactly(CONTOSO_TENANT_ID, CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID, FABRIKAM_TENANT_ID);
    }

    @Test
    void hasAtLeastSixtyLinuxWindowsAndUnknownOsVmsSpreadOverLocationsAndGroups() {
        List<SimVm> vms = estate.virtualMachines();

        assertThat(vms).hasSizeGreaterThanOrEqualTo(60);
        assertThat(vms).extracting(SimVm::osType).contains("Linux", "Windows", null);
        assertThat(vms).extracting(SimVm::location).contains(JAPANEAST, EASTUS);
        assertThat(vms.stream().map(SimVm::resourceGroup).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(vms).extracting(SimVm::name).doesNotHaveDuplicates();
        for (SimSubscription subscription : estate.subscriptions()) {
            assertThat(estate.virtualMachinesIn(subscription.subscriptionId())).as(subscription.displayName()).isNotEmpty();
        }
    }

    @Test
    void everyVmCheckAndTheDefenderCheckHaveAPassAndAFailExpectation() {
        for (String check : CheckIds.VM_CHECKS) {
            Set<Expectation> seen = estate.virtualMachines().stream().map(vm -> vm.expected(check)).collect(Collectors.toSet());
            assertThat(seen).as(check).contains(Expectation.PASS, Expectation.FAIL);
        }
        assertThat(estate.subscriptions()).extracting(SimSubscription::expectedDefenderP2)
                .contains(Expectation.PASS, Expectation.FAIL);
        assertThat(estate.virtualMachines()).extracting(SimVm::expectedJitStatus)
                .containsAll(EnumSet.complementOf(EnumSet.of(JitStatus.NOT_SUPPORTED)))
                .doesNotContain(JitStatus.NOT_SUPPORTED);
        assertThat(estate.scaleSets()).extracting(SimScaleSet::expected).contains(Expectation.PASS, Expectation.FAIL);
        assertThat(estate.scaleSets()).extracting(SimScaleSet::expectedJitStatus).containsOnly(JitStatus.NOT_SUPPORTED);
    }

    @Test
    void everyVmCarriesAnExpectationForEachVmCheck() {
        assertThat(estate.virtualMachines()).allSatisfy(vm ->
                assertThat(vm.expected()).containsOnlyKeys(CheckIds.VM_CHECKS));
    }

    @Test
    void expectedJitStatusAgreesWithTheExpectedJitChecks() {
        assertJitStatusAgreesWithTheJitChecks(estate);
    }

    /** Every VM's expected JIT status is what its expected JIT checks make it, and N/A follows from no policy. */
    static void assertJitStatusAgreesWithTheJitChecks(Estate estate) {
        for (SimVm vm : estate.virtualMachines()) {
            JitStatus status;
            if (vm.expected(CheckIds.VM_JIT_ENABLED) == Expectation.NOT_APPLICABLE) {
                status = JitStatus.NOT_APPLICABLE;
            } else if (vm.expected(CheckIds.VM_JIT_ENABLED) == Expectation.FAIL) {
                status = JitStatus.UNPROTECTED;
            } else if (CheckIds.JIT_QUALITY_CHECKS.stream().anyMatch(check -> vm.expected(check) == Expectation.FAIL)) {
                status = JitStatus.PARTIAL;
            } else {
                status = JitStatus.PROTECTED;
            }
            assertThat(vm.expectedJitStatus()).as(vm.name()).isEqualTo(status);
            if (vm.expected(CheckIds.VM_JIT_ENABLED) != Expectation.PASS) {
                assertThat(CheckIds.JIT_QUALITY_CHECKS).as(vm.name() + " is in no policy")
                        .allSatisfy(check -> assertThat(vm.expected(check)).isEqualTo(Expectation.NOT_APPLICABLE));
            }
        }
    }

    @Test
    void everyScenarioIsUsedAndEveryVmUsesAListedScenario() {
        Set<String> used = estate.virtualMachines().stream().map(SimVm::scenario).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(DemoScenarios.ALL.stream().map(Scenario::name).toList());
        assertThat(DemoScenarios.ALL).extracting(Scenario::name).doesNotHaveDuplicates();
    }

    @Test
    void defenderExpectationsFollowEachSubscriptionsPricing() {
        assertThat(estate.subscription(CONTOSO_PRODUCTION_SUBSCRIPTION_ID).expectedDefenderP2()).isEqualTo(Expectation.PASS);
        assertThat(estate.subscription(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID).expectedDefenderP2()).isEqualTo(Expectation.FAIL);
        assertThat(estate.subscription(FABRIKAM_RETAIL_SUBSCRIPTION_ID).expectedDefenderP2()).isEqualTo(Expectation.PASS);
        assertThat(estate.subscription(FABRIKAM_SANDBOX_SUBSCRIPTION_ID).expectedDefenderP2()).isEqualTo(Expectation.FAIL);
    }

    @Test
    void sandboxSubscriptionHasNoJitPolicyButVmsWithNsgs() {
        assertThat(estate.catalog().list(FABRIKAM_SANDBOX_SUBSCRIPTION_ID, ResourceType.JIT_NETWORK_ACCESS_POLICIES)).isEmpty();
        assertThat(estate.virtualMachinesIn(FABRIKAM_SANDBOX_SUBSCRIPTION_ID))
                .anySatisfy(vm -> assertThat(vm.expected(CheckIds.VM_NSG_ATTACHED)).isEqualTo(Expectation.PASS));
    }

    @Test
    void oneVmIsNamedAndTaggedWithAScript() {
        SimVm vm = estate.virtualMachine("<script>alert(1)</script>");
        Map<String, Object> payload = StrictJson.parseObject(estate.catalog().find(vm.resourceId()).orElseThrow().json());

        assertThat(payload).containsEntry("name", "<script>alert(1)</script>");
        assertThat(vm.resourceId()).endsWith("/virtualMachines/<script>alert(1)<%2Fscript>");
        assertThat(Json.string(payload, "tags", "owner")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void isTheSameOnEveryBuild() {
        ArmCatalog again = Estate.demo().catalog();

        for (ArmResource resource : estate.catalog().allResources()) {
            assertThat(again.find(resource.id())).as(resource.id()).map(ArmResource::json).hasValue(resource.json());
        }
        assertThat(Estate.demo().virtualMachines()).isEqualTo(estate.virtualMachines());
    }

    @Test
    void everyResourceIsStrictJsonWithItsOwnIdInCanonicalCase() {
        EstateInvariants.of(estate).everyResourceIsStrictJsonWithItsOwnIdInCanonicalCase();

        List<ArmResource> resources = StreamSupport.stream(estate.catalog().allResources().spliterator(), false).toList();
        assertThat(resources).anySatisfy(r -> assertThat(r.id()).isEqualTo(
                ArmIds.jitPolicy(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", JAPANEAST, "default")));
    }

    @Test
    void nsgsCarryTheDefaultRulesAndBackReferences() {
        for (SimSubscription subscription : estate.subscriptions()) {
            for (String json : estate.catalog().list(subscription.subscriptionId(), ResourceType.NETWORK_SECURITY_GROUPS)) {
                Map<String, Object> nsg = StrictJson.parseObject(json);
                List<Map<String, Object>> defaults = Json.objects(nsg, "properties", "defaultSecurityRules");
                assertThat(defaults).extracting(rule -> rule.get("name")).containsExactlyInAnyOrder(
                        "AllowVnetInBound", "AllowAzureLoadBalancerInBound", "DenyAllInBound",
                        "AllowVnetOutBound", "AllowInternetOutBound", "DenyAllOutBound");
                assertThat(defaults).filteredOn(rule -> "Inbound".equals(Json.string(rule, "properties", "direction")))
                        .extracting(rule -> ((Number) Json.at(rule, "properties", "priority")).intValue())
                        .containsExactlyInAnyOrder(65000, 65001, 65500);
            }
        }
        Map<String, Object> shared = StrictJson.parseObject(estate.catalog().find(ArmIds.resource(
                CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", "Microsoft.Network/networkSecurityGroups", "nsg-web-prod"))
                .orElseThrow().json());
        assertThat(Json.objects(shared, "properties", "networkInterfaces")).hasSize(4);
        Map<String, Object> subnetNsg = StrictJson.parseObject(estate.catalog().find(ArmIds.resource(
                FABRIKAM_RETAIL_SUBSCRIPTION_ID, "rg-retail-network", "Microsoft.Network/networkSecurityGroups", "nsg-snet-jit"))
                .orElseThrow().json());
        assertThat(Json.objects(subnetNsg, "properties", "subnets")).hasSize(1);
    }
}
