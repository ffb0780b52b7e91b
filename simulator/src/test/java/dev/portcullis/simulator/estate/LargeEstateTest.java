package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.LargeEstate.LARGE_CORP_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.ArmTestClient;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LargeEstateTest {

    private static final int VMS = 10_000;
    private static Estate large;
    private static long buildMillis;
    private static long buildCpuMillis;

    @BeforeAll
    static void build() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        large = Estate.large(VMS);
        buildMillis = (System.nanoTime() - start) / 1_000_000;
        buildCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    }

    @Test
    void tenThousandVmsBuildInWellUnderFewSeconds() {
        System.out.printf("Estate.large(%d) built in %d ms (%d ms CPU)%n", VMS, buildMillis, buildCpuMillis);

        // CPU time of the building thread: wall time on a shared machine says more about the neighbours.
        assertThat(buildCpuMillis).isLessThan(4_000);
        assertThat(large.virtualMachines()).hasSize(VMS);
        assertThat(large.tenants()).singleElement().extracting(SimTenant::tenantId).isEqualTo(LargeEstate.LARGE_CORP_TENANT_ID);
        assertThat(large.subscriptions()).singleElement().extracting(SimSubscription::subscriptionId).isEqualTo(LARGE_CORP_SUBSCRIPTION_ID);
    }

    @Test
    void tenThousandVmsPageQuicklyWithTheDefaultPageSize() {
        try (ArmSimulator sim = ArmSimulator.start(large)) {
            ArmTestClient client = new ArmTestClient(sim.baseUrl());
            long start = System.nanoTime();
            List<Map<String, Object>> pages = client.pages("/subscriptions/" + LARGE_CORP_SUBSCRIPTION_ID
                    + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("paged %d VMs in %d pages in %d ms%n", VMS, pages.size(), millis);

            assertThat(pages).hasSize(VMS / 50);
            assertThat(Json.objects(pages.get(0), "value")).hasSize(50);
            Set<Object> ids = new HashSet<>();
            pages.forEach(page -> Json.objects(page, "value").forEach(vm -> ids.add(vm.get("id"))));
            assertThat(ids).hasSize(VMS);
            assertThat(millis).isLessThan(20_000);
        }
    }

    @Test
    void mixesOperatingSystemsNetworksAndJitCoverage() {
        ArmCatalog catalog = large.catalog();

        assertThat(large.virtualMachines()).extracting(SimVm::osType).containsOnly("Linux", "Windows");
        assertThat(catalog.list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.NETWORK_INTERFACES)).hasSize(VMS);
        assertThat(catalog.list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.PUBLIC_IP_ADDRESSES)).hasSize(VMS / 4 + 20);
        assertThat(catalog.list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.NETWORK_SECURITY_GROUPS)).hasSize(VMS / 50);
        assertThat(catalog.list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.JIT_NETWORK_ACCESS_POLICIES)).hasSize(VMS / 100);
        Map<String, Long> byScenario = large.virtualMachines().stream()
                .collect(Collectors.groupingBy(SimVm::scenario, Collectors.counting()));
        assertThat(byScenario).containsOnlyKeys(LargeEstate.ALL.stream().map(Scenario::name).toList());
        assertThat(byScenario.get("large-jit-protected") + byScenario.get("large-jit-bypassed")).isEqualTo(VMS / 2);
    }

    @Test
    void twoThousandVmsAreBehindTwentyPublicStandardLoadBalancers() {
        List<Map<String, Object>> balancers = large.catalog().list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.LOAD_BALANCERS).stream()
                .map(StrictJson::parseObject).toList();

        assertThat(balancers).hasSize(20).allSatisfy(lb -> {
            assertThat(Json.string(lb, "sku", "name")).isEqualTo("Standard");
            assertThat(Json.string(Json.objects(lb, "properties", "frontendIPConfigurations").get(0), "properties", "publicIPAddress", "id"))
                    .isNotNull();
            assertThat(Json.objects(lb, "properties", "loadBalancingRules")).singleElement()
                    .satisfies(rule -> assertThat(((Number) Json.at(rule, "properties", "backendPort")).intValue()).isEqualTo(443));
        });
        int members = balancers.stream().mapToInt(lb -> Json.objects(Json.objects(lb, "properties", "backendAddressPools").get(0),
                "properties", "backendIPConfigurations").size()).sum();
        int natRules = balancers.stream().mapToInt(lb -> Json.objects(lb, "properties", "inboundNatRules").size()).sum();
        assertThat(members).isEqualTo(VMS / 5);
        assertThat(natRules).isEqualTo(VMS / 50);
    }

    @Test
    void natRulesExposeOnlyMembersWhoseNsgIsOpenAndNoneInAJitPolicy() {
        Map<String, Long> byScenario = large.virtualMachines().stream()
                .collect(Collectors.groupingBy(SimVm::scenario, Collectors.counting()));

        assertThat(byScenario.get(LargeEstate.LB_NAT_EXPOSED.name())).isEqualTo(VMS / 50 / 5);
        assertThat(byScenario.get(LargeEstate.LB_NAT_CLOSED.name())).isEqualTo(VMS / 50 * 4 / 5);
        assertThat(large.virtualMachines()).filteredOn(vm -> vm.scenario().startsWith("large-lb-nat"))
                .allSatisfy(vm -> assertThat(vm.expected(CheckIds.VM_JIT_ENABLED)).isEqualTo(Expectation.FAIL));
    }

    @Test
    void loadBalancerPagesHoldFiveLoadBalancersOfModestSize() {
        try (ArmSimulator sim = ArmSimulator.start(large)) {
            List<Map<String, Object>> pages = new ArmTestClient(sim.baseUrl()).pages("/subscriptions/" + LARGE_CORP_SUBSCRIPTION_ID
                    + "/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01");

            assertThat(pages).hasSize(4).allSatisfy(page -> assertThat(Json.objects(page, "value")).hasSize(5));
        }
        int largest = large.catalog().list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.LOAD_BALANCERS).stream()
                .mapToInt(String::length).max().orElseThrow();
        assertThat(5 * largest).isLessThan(250_000);
    }

    @Test
    void aSmallerLargeEstateWritesLoadBalancerMembershipOnBothSides() {
        EstateInvariants invariants = EstateInvariants.of(Estate.large(1_000));

        invariants.loadBalancerMembershipIsWrittenOnBothSides();
        invariants.loadBalancerRulesReferenceTheirOwnFrontendsAndPools();
    }

    @Test
    void demoWithLargeServesBothEstates() {
        Estate both = Estate.demo().withLarge(250);

        assertThat(both.tenants()).hasSize(3);
        assertThat(both.subscriptions()).hasSize(5);
        assertThat(both.virtualMachines()).hasSize(Estate.demo().virtualMachines().size() + 250);
        assertThat(both.catalog().list(LARGE_CORP_SUBSCRIPTION_ID, ResourceType.VIRTUAL_MACHINES)).hasSize(250);
        assertThat(both.catalog().list(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, ResourceType.VIRTUAL_MACHINES)).isNotEmpty();
        assertThatThrownBy(() -> both.merge(Estate.large(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSizesItCannotAddress() {
        assertThatThrownBy(() -> Estate.large(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Estate.large(LargeEstate.MAX_VMS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Estate.large(0).virtualMachines()).isEmpty();
    }
}
