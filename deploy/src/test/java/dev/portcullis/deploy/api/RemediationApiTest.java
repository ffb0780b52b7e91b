package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimVm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class RemediationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean scanned;

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void scanTheDemoEstateOnce() {
        if (scanned) {
            return;
        }
        freshScanOfSimulatedEstate(database, simulator);
        scanned = true;
    }

    private static Response remediation(String resourceId, String format) {
        return asAdmin().queryParam("resourceId", resourceId).queryParam("format", format).get("/api/v1/remediation");
    }

    /** A VM whose JIT policy fails a quality check: it is in a policy that also holds other VMs. */
    private SimVm vmInASharedPolicyWithTooLongDuration() {
        return simulator.estate().virtualMachines().stream()
                .filter(vm -> vm.expected("vm_jit_max_duration") == Expectation.FAIL)
                .findFirst().orElseThrow();
    }

    private Set<String> vmIdsOfThePolicyInTheSimulator(SimVm vm) throws Exception {
        String url = simulator.baseUrl() + "/subscriptions/" + vm.subscriptionId() + "/resourceGroups/"
                + vm.resourceGroup() + "/providers/Microsoft.Security/locations/" + vm.location()
                + "/jitNetworkAccessPolicies/default?api-version=2020-01-01";
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<String> ids = new HashSet<>();
        JSON.readTree(body).path("properties").path("virtualMachines")
                .forEach(v -> ids.add(v.path("id").asText().toLowerCase(Locale.ROOT)));
        return ids;
    }

    @Test
    void cliRemediationWritesTheWholePolicyWithEveryOtherVmKept() throws Exception {
        SimVm vm = vmInASharedPolicyWithTooLongDuration();

        Response response = remediation(vm.resourceId(), "cli");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        String cli = response.asString();
        assertThat(cli).contains("--url '" + simulator.baseUrl() + "/subscriptions/" + vm.subscriptionId());
        JsonNode body = JSON.readTree(cli.substring(cli.indexOf("<<'JSON'\n") + 9, cli.indexOf("\nJSON\n")));
        Set<String> written = new HashSet<>();
        body.path("properties").path("virtualMachines")
                .forEach(v -> written.add(v.path("id").asText().toLowerCase(Locale.ROOT)));
        Set<String> inPolicy = vmIdsOfThePolicyInTheSimulator(vm);
        assertThat(inPolicy).hasSizeGreaterThan(1);
        assertThat(written).containsAll(inPolicy);
        body.path("properties").path("virtualMachines").forEach(entry -> {
            if (entry.path("id").asText().equalsIgnoreCase(vm.resourceId())) {
                entry.path("ports").forEach(port -> assertThat(java.time.Duration.parse(
                        port.path("maxRequestAccessDuration").asText())).isLessThanOrEqualTo(
                        java.time.Duration.ofHours(3)));
            }
        });
    }

    @Test
    void everyFormatIsProducedForARealVm() {
        SimVm vm = vmInASharedPolicyWithTooLongDuration();
        for (String format : new String[] {"portal", "cli", "powershell", "terraform", "bicep"}) {
            Response response = remediation(vm.resourceId(), format);
            assertThat(response.statusCode()).as(format).isEqualTo(200);
            assertThat(response.asString()).as(format).contains(vm.resourceGroup()).doesNotContain("{{");
        }
    }

    @Test
    void japaneseIsGivenForAcceptLanguageJa() {
        SimVm vm = vmInASharedPolicyWithTooLongDuration();
        Response response = asAdmin().header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")
                .queryParam("resourceId", vm.resourceId()).queryParam("format", "portal").get("/api/v1/remediation");

        assertThat(response.asString()).contains("Just-In-Time VM アクセスを有効にする");
        assertThat(response.header("Content-Language")).isEqualTo("ja");
    }

    @Test
    void exposedVmRemediationNamesTheExposingRule() {
        SimVm vm = simulator.estate().virtualMachines().stream()
                .filter(v -> v.expected("vm_management_port_internet_exposed") == Expectation.FAIL
                        && v.expected("vm_nsg_attached") == Expectation.PASS
                        && v.expected("vm_jit_enabled") == Expectation.FAIL)
                .findFirst().orElseThrow();

        String cli = asAdmin().queryParam("resourceId", vm.resourceId()).queryParam("format", "cli")
                .queryParam("checkId", "vm_management_port_internet_exposed").get("/api/v1/remediation").asString();

        assertThat(cli).contains("az network nsg rule update").contains("--access Deny");
    }

    @Test
    void subscriptionWithoutPlanTwoGetsThePricingCommand() {
        SimSubscription sub = simulator.estate().subscriptions().stream()
                .filter(s -> s.expectedDefenderP2() == Expectation.FAIL).findFirst().orElseThrow();

        assertThat(remediation("/subscriptions/" + sub.subscriptionId(), "cli").asString())
                .contains("--tier standard --subplan P2");
    }

    @Test
    void badRequestsAreProblems() {
        SimVm vm = vmInASharedPolicyWithTooLongDuration();
        assertProblem(remediation(vm.resourceId(), "ansible"), 400, "format");
        assertProblem(remediation("/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/x/providers/"
                + "Microsoft.Compute/virtualMachines/nope", "cli"), 404, "resourceId");
        assertProblem(asAdmin().queryParam("format", "cli").get("/api/v1/remediation"), 400, "resourceId");
    }

    @Test
    void basicPublicIpRemediationUpgradesEachBasicIpOfTheVmByItsServedName() throws Exception {
        java.util.List<SimVm> failing = simulator.estate().virtualMachines().stream()
                .filter(vm -> vm.expected("vm_public_ip_basic_sku") == Expectation.FAIL).toList();
        assertThat(failing).isNotEmpty();
        for (SimVm vm : failing) {
            Set<String> served = basicPublicIpNamesOf(vm);
            String cli = asAdmin().queryParam("resourceId", vm.resourceId()).queryParam("format", "cli")
                    .queryParam("checkId", "vm_public_ip_basic_sku").get("/api/v1/remediation").asString();

            Set<String> upgraded = new HashSet<>();
            java.util.regex.Pattern.compile("--name '([^']+)' --sku Standard").matcher(cli).results()
                    .forEach(m -> upgraded.add(m.group(1)));
            assertThat(served).as(vm.name()).isNotEmpty();
            assertThat(upgraded).as(vm.name()).isEqualTo(served);
            assertThat(cli).as(vm.name()).contains("--allocation-method Static", "--remove publicIPAddress",
                    "--public-ip-address '");
        }
    }

    /** The names of the Basic public IPs the simulator serves on the VM's NICs. */
    private Set<String> basicPublicIpNamesOf(SimVm vm) throws Exception {
        String group = simulator.baseUrl() + "/subscriptions/" + vm.subscriptionId() + "/resourceGroups/"
                + vm.resourceGroup() + "/providers/Microsoft.Network/";
        Set<String> basicIpIds = new HashSet<>();
        for (JsonNode ip : listed(group + "publicIPAddresses?api-version=2025-03-01")) {
            if ("Basic".equalsIgnoreCase(ip.path("sku").path("name").asText("Basic"))) {
                basicIpIds.add(ip.path("id").asText().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> names = new HashSet<>();
        for (JsonNode nic : listed(group + "networkInterfaces?api-version=2025-03-01")) {
            if (!nic.path("properties").path("virtualMachine").path("id").asText()
                    .equalsIgnoreCase(vm.resourceId())) {
                continue;
            }
            for (JsonNode configuration : nic.path("properties").path("ipConfigurations")) {
                String ipId = configuration.path("properties").path("publicIPAddress").path("id").asText("");
                if (basicIpIds.contains(ipId.toLowerCase(Locale.ROOT))) {
                    names.add(ipId.substring(ipId.lastIndexOf('/') + 1));
                }
            }
        }
        return names;
    }

    private java.util.List<JsonNode> listed(String url) throws Exception {
        java.util.List<JsonNode> items = new java.util.ArrayList<>();
        String next = url;
        while (next != null && !next.isEmpty()) {
            JsonNode page = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(next))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            page.path("value").forEach(items::add);
            next = page.path("nextLink").asText(null);
        }
        return items;
    }
}
