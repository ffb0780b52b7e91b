package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.VmCheck;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the whole pipeline (simulator → Azure SDK → evaluator → PostgreSQL → API) over the demo estate and compares
 * the API's answers with the outcome each simulated VM was built to produce.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class FindingsAndVmsApiTest {

    private static final Set<String> VM_CHECKS = Set.of("vm_nsg_attached", "vm_management_port_internet_exposed",
            "vm_jit_enabled", "vm_jit_covers_management_ports", "vm_jit_max_duration", "vm_jit_source_restricted",
            "vm_jit_bypassed");

    @Inject
    TestDatabase database;

    private static boolean scanned;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    /** One scan serves every test of this class: none of them changes the estate or the findings. */
    @BeforeEach
    void scanTheDemoEstateOnce() {
        if (scanned) {
            return;
        }
        assertThat(freshScanOfSimulatedEstate(database, simulator).getString("status")).isEqualTo("SUCCEEDED");
        scanned = true;
    }

    private static Set<String> openFindingResources(String checkId) {
        return asAdmin().queryParam("checkId", checkId).queryParam("status", "OPEN").queryParam("size", 1000)
                .get("/api/v1/findings").then().statusCode(200).extract().jsonPath()
                .getList("items.resourceId", String.class).stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void openScaleSetFindingsAreExactlyTheUniformScaleSetsBuiltToFailAndTheirDetailSaysJitIsNotSupported() {
        Set<String> expected = simulator.estate().scaleSets().stream()
                .filter(set -> set.expected() == Expectation.FAIL)
                .map(set -> set.resourceId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(expected).as("the estate has exposed scale sets").isNotEmpty();
        assertThat(simulator.estate().scaleSets()).as("and one that is not")
                .anyMatch(set -> set.expected() == Expectation.PASS);

        assertThat(openFindingResources("vmss_management_port_internet_exposed")).isEqualTo(expected);
        String detail = asAdmin().queryParam("checkId", "vmss_management_port_internet_exposed").queryParam("size", 10)
                .get("/api/v1/findings").then().statusCode(200).extract().jsonPath().getString("items[0].detail");
        assertThat(detail).contains("NOT_SUPPORTED").contains("Azure Bastion");
        String exposed = expected.iterator().next();
        String cli = asAdmin().queryParam("resourceId", exposed).queryParam("format", "cli")
                .get("/api/v1/remediation").then().statusCode(200).extract().asString();
        assertThat(cli).as("remediation by Bastion and closing the path, never JIT").contains("az vmss update")
                .contains("--name '" + exposed.substring(exposed.lastIndexOf('/') + 1)).doesNotContain("jitNetworkAccessPolicies");
    }

    @ParameterizedTest
    @MethodSource("vmCheckIds")
    void openFindingsOfEachVmCheckAreExactlyTheVmsBuiltToFailIt(String checkId) {
        Set<String> expected = simulator.estate().virtualMachines().stream()
                .filter(vm -> vm.expected(checkId) == Expectation.FAIL)
                .map(vm -> vm.resourceId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

        assertThat(expected).as("the estate has failing VMs for " + checkId).isNotEmpty();
        assertThat(openFindingResources(checkId)).isEqualTo(expected);
    }

    @Test
    void defenderPlanTwoFindingsAreExactlyTheSubscriptionsWithoutIt() {
        Set<String> expected = simulator.estate().subscriptions().stream()
                .filter(s -> s.expectedDefenderP2() == Expectation.FAIL)
                .map(s -> "/subscriptions/" + s.subscriptionId()).collect(Collectors.toSet());

        assertThat(expected).isNotEmpty();
        assertThat(openFindingResources("subscription_defender_servers_p2")).isEqualTo(expected);
    }

    @Test
    void everySimulatedVmIsListedWithItsExpectedJitStatus() {
        JsonPath page = asAdmin().queryParam("size", 1000).get("/api/v1/vms").then().statusCode(200).extract()
                .jsonPath();
        Map<String, String> statusById = new HashMap<>();
        page.getList("items", Map.class).forEach(vm -> statusById.put(
                ((String) vm.get("resourceId")).toLowerCase(Locale.ROOT), (String) vm.get("jitStatus")));

        assertThat(page.getLong("total")).isEqualTo(simulator.estate().virtualMachines().size());
        for (SimVm vm : simulator.estate().virtualMachines()) {
            assertThat(statusById.get(vm.resourceId().toLowerCase(Locale.ROOT)))
                    .as(vm.name() + " (" + vm.scenario() + ")").isEqualTo(vm.expectedJitStatus().name());
        }
    }

    @Test
    void exposedPortsAreListedExactlyForTheVmsBuiltToBeExposed() {
        Set<String> listedAsExposed = asAdmin().queryParam("size", 1000).get("/api/v1/vms").jsonPath()
                .getList("items", Map.class).stream()
                .filter(vm -> !((List<?>) vm.get("exposedPorts")).isEmpty())
                .map(vm -> ((String) vm.get("resourceId")).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> expected = simulator.estate().virtualMachines().stream()
                .filter(vm -> vm.expected("vm_management_port_internet_exposed") == Expectation.FAIL)
                .map(vm -> vm.resourceId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

        assertThat(listedAsExposed).isEqualTo(expected);
    }

    @Test
    void vmListFiltersBySubscriptionAndJitStatus() {
        SimSubscription sub = simulator.estate().subscriptions().get(0);
        JsonPath page = asAdmin().queryParam("subscriptionId", sub.subscriptionId())
                .queryParam("jitStatus", "unprotected").get("/api/v1/vms").jsonPath();

        assertThat(page.getList("items.subscriptionId", String.class)).containsOnly(sub.subscriptionId());
        assertThat(page.getList("items.jitStatus", String.class)).containsOnly("UNPROTECTED");
    }

    @Test
    void vmListPagesWithTotal() {
        JsonPath first = asAdmin().queryParam("size", 7).queryParam("page", 0).get("/api/v1/vms").jsonPath();
        JsonPath second = asAdmin().queryParam("size", 7).queryParam("page", 1).get("/api/v1/vms").jsonPath();

        assertThat(first.getList("items")).hasSize(7);
        assertThat(first.getLong("total")).isEqualTo(simulator.estate().virtualMachines().size());
        List<String> firstIds = first.getList("items.resourceId", String.class);
        assertThat(second.getList("items.resourceId", String.class)).doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void findingsCarryTheContractFields() {
        Map<String, Object> finding = asAdmin().queryParam("checkId", "vm_jit_enabled").get("/api/v1/findings")
                .jsonPath().getMap("items[0]");

        assertThat(finding).containsKeys("id", "checkId", "resourceId", "resourceName", "subscriptionId", "severity",
                "status", "firstSeenAt", "lastSeenAt", "detail");
        assertThat(finding.get("severity")).isEqualTo("HIGH");
        assertThat(finding.get("status")).isEqualTo("OPEN");
    }

    @Test
    void rescanningAnUnchangedEstateKeepsFindingsAndTheirFirstSeenTime() {
        Map<String, String> firstSeen = new HashMap<>();
        asAdmin().queryParam("size", 1000).get("/api/v1/findings").jsonPath().getList("items", Map.class)
                .forEach(f -> firstSeen.put((String) f.get("id"), (String) f.get("firstSeenAt")));

        scanAndWait("{}");

        Map<String, String> after = new HashMap<>();
        asAdmin().queryParam("size", 1000).get("/api/v1/findings").jsonPath().getList("items", Map.class)
                .forEach(f -> after.put((String) f.get("id"), (String) f.get("firstSeenAt")));
        assertThat(after).isEqualTo(firstSeen);
    }

    @Test
    void invalidFiltersAreProblemsNamingTheParameter() {
        assertProblem(asAdmin().queryParam("severity", "catastrophic").get("/api/v1/findings"), 400, "severity");
        assertProblem(asAdmin().queryParam("size", 1001).get("/api/v1/findings"), 400, "size");
        assertProblem(asAdmin().queryParam("page", -1).get("/api/v1/findings"), 400, "page");
        assertProblem(asAdmin().queryParam("checkId", "vm_is_pretty").get("/api/v1/findings"), 400, "checkId");
        assertProblem(asAdmin().queryParam("jitStatus", "SORT_OF").get("/api/v1/vms"), 400, "jitStatus");
        assertProblem(asAdmin().queryParam("subscriptionId", "x").get("/api/v1/vms"), 400, "subscriptionId");
        assertProblem(asAdmin().queryParam("tenant", "6f1c2d3e-0000-4000-8000-000000000000").get("/api/v1/vms"),
                404, "tenant");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedByNameInsteadOfWrappingToANegativeOffset() {
        for (String list : new String[] {"/api/v1/findings", "/api/v1/vms", "/api/v1/audit"}) {
            assertProblem(asAdmin().queryParam("page", 3_000_000).queryParam("size", 1000).get(list), 400, "page");
        }
        assertThat(asAdmin().queryParam("page", 2_000_000).queryParam("size", 1000).get("/api/v1/findings")
                .jsonPath().getList("items")).as("the largest offset that fits is an empty page").isEmpty();
    }

    @Test
    void catalogueListsEveryCheck() {
        assertThat(asAdmin().get("/api/v1/checks").jsonPath().getList("items.id", String.class))
                .contains("subscription_defender_servers_p2").containsAll(VM_CHECKS);
    }

    @Test
    void catalogueStatesEachChecksRequirementAndFailureInTheAskedLanguage() {
        io.restassured.response.Response english = asAdmin().get("/api/v1/checks");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.header("Vary")).contains("Accept-Language");
        assertThat(english.jsonPath().getString("items.find { it.id == 'vm_management_port_internet_exposed' }.title"))
                .isEqualTo("No management port of the VM is reachable from the internet");
        assertThat(english.jsonPath().getString(
                "items.find { it.id == 'vm_management_port_internet_exposed' }.failTitle"))
                .isEqualTo("A management port of the VM is reachable from the internet");
        assertThat(english.jsonPath().getList("items.failTitle", String.class)).doesNotContainNull()
                .doesNotContainAnyElementsOf(english.jsonPath().getList("items.title", String.class));

        io.restassured.response.Response japanese = asAdmin().header("Accept-Language", "ja-JP,ja;q=0.9")
                .get("/api/v1/checks");
        assertThat(japanese.header("Content-Language")).isEqualTo("ja");
        assertThat(japanese.jsonPath().getString(
                "items.find { it.id == 'vm_management_port_internet_exposed' }.failTitle"))
                .isEqualTo("VM の管理ポートがインターネットから到達できる");
    }

    /** Every VM check of the product's catalogue. */
    static List<String> vmCheckIds() {
        return CheckCatalogue.standard().vmChecks().stream().map(VmCheck::id).toList();
    }
}
