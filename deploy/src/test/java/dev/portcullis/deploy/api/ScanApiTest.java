package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ScanApiTest {

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void onboard() {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
        simulator.resetRequestLog();
    }

    private static Map<String, Object> subscriptionResult(JsonPath scan, String subscriptionId) {
        return scan.getList("subscriptions", Map.class).stream()
                .filter(s -> subscriptionId.equals(s.get("subscriptionId")))
                .findFirst().map(m -> (Map<String, Object>) m).orElseThrow();
    }

    @Test
    void scanOfEverySubscriptionSucceedsAndRecordsEachOne() {
        JsonPath scan = scanAndWait("{}");

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(scan.getString("startedAt")).isNotNull();
        assertThat(scan.getString("finishedAt")).isNotNull();
        assertThat(scan.getList("subscriptions.subscriptionId", String.class)).containsExactlyInAnyOrderElementsOf(
                simulator.estate().subscriptions().stream().map(SimSubscription::subscriptionId).toList());
        assertThat(scan.getList("subscriptions.status", String.class)).containsOnly("SUCCEEDED");
        for (SimSubscription sub : simulator.estate().subscriptions()) {
            Map<String, Object> result = subscriptionResult(scan, sub.subscriptionId());
            Map<String, Integer> resources = (Map<String, Integer>) result.get("resources");
            assertThat(resources.get("virtualMachines")).isEqualTo(
                    simulator.estate().virtualMachinesIn(sub.subscriptionId()).size());
            assertThat((Integer) result.get("durationMs")).isNotNull();
        }
    }

    @Test
    void armRequestsPerSubscriptionAreOneGetPerListPageAndNeverPerVm() {
        JsonPath scan = scanAndWait("{}");

        for (SimSubscription sub : simulator.estate().subscriptions()) {
            Map<String, Object> result = subscriptionResult(scan, sub.subscriptionId());
            Map<String, Integer> resources = (Map<String, Integer>) result.get("resources");
            int expectedPages = listPages(resources);
            assertThat((Integer) result.get("armRequests")).as(sub.subscriptionId()).isEqualTo(expectedPages);
            assertThat(simulator.requestCount("(?i)^/subscriptions/" + sub.subscriptionId() + "/"))
                    .isEqualTo(expectedPages);
        }
        assertThat(simulator.requestCount("(?i)/providers/Microsoft\\.(Compute|Network)/[^/]+/[^/]+$")).isZero();
    }

    private static int pages(int items) {
        return Math.max(1, (items + SimulatorResource.PAGE_SIZE - 1) / SimulatorResource.PAGE_SIZE);
    }

    /**
     * The pages of every list, plus one child list per firewall policy (its rule collection groups, fewer than a
     * page in the demo): listing the children of a listed resource is allowed, a GET per VM never.
     */
    private static int listPages(Map<String, Integer> resources) {
        return resources.values().stream().mapToInt(ScanApiTest::pages).sum()
                + resources.getOrDefault("firewallPolicies", 0);
    }

    @Test
    void aRefusedLoadBalancerListLeavesExposureThroughLoadBalancersNotEvaluatedAndItsFindingsOpen() {
        String production = simulator.estate().virtualMachine("lb-nat-01").subscriptionId();
        String behindLoadBalancer = simulator.estate().virtualMachine("lb-nat-01").resourceId();
        String ownPublicIp = simulator.estate().virtualMachine("edge-ssh-01").resourceId();
        scanAndWait("{\"subscriptionId\": \"" + production + "\"}");
        assertThat(openExposureFindings()).contains(behindLoadBalancer.toLowerCase(), ownPublicIp.toLowerCase());
        simulator.faults().add(Fault.status(403)
                .matching("(?i)^/subscriptions/" + production + "/providers/Microsoft\\.Network/loadBalancers$"));

        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + production + "\"}");

        Map<String, Object> result = subscriptionResult(scan, production);
        assertThat(result.get("status")).isEqualTo("SUCCEEDED");
        assertThat(String.valueOf(result.get("error"))).contains("load balancers").contains("not evaluated");
        assertThat(openExposureFindings()).as("unknown is never reported as fixed; known paths still fail")
                .contains(behindLoadBalancer.toLowerCase(), ownPublicIp.toLowerCase());
    }

    private static List<String> openExposureFindings() {
        return asAdmin().queryParam("checkId", "vm_management_port_internet_exposed").queryParam("status", "OPEN")
                .queryParam("size", 1000).get("/api/v1/findings").then().statusCode(200).extract().jsonPath()
                .getList("items.resourceId", String.class).stream().map(String::toLowerCase).toList();
    }

    @Test
    void throttledListIsRetriedAfterRetryAfterAndTheScanSucceeds() {
        String subscriptionId = simulator.estate().subscriptions().get(0).subscriptionId();
        simulator.faults().add(Fault.status(429).retryAfterSeconds(1).times(1)
                .matching("(?i)^/subscriptions/" + subscriptionId + "/providers/Microsoft\\.Compute/virtualMachines$"));

        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + subscriptionId + "\"}");

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        Map<String, Object> result = subscriptionResult(scan, subscriptionId);
        Map<String, Integer> resources = (Map<String, Integer>) result.get("resources");
        assertThat((Integer) result.get("armRequests")).isEqualTo(listPages(resources) + 1);
        assertThat((Integer) result.get("durationMs")).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void failingSubscriptionIsRecordedWithItsErrorWhileTheOthersGoOn() {
        String failing = simulator.estate().subscriptions().get(1).subscriptionId();
        simulator.faults().add(Fault.status(500)
                .matching("(?i)^/subscriptions/" + failing + "/providers/Microsoft\\.Network/networkSecurityGroups"));

        JsonPath scan = scanAndWait("{}");

        assertThat(scan.getString("status")).isEqualTo("PARTIAL");
        Map<String, Object> failed = subscriptionResult(scan, failing);
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat((String) failed.get("error")).contains("network security groups").contains("500");
        assertThat((Integer) failed.get("armRequests")).isPositive();
        assertThat(scan.getList("subscriptions", Map.class).stream()
                .filter(s -> !failing.equals(s.get("subscriptionId"))).map(s -> s.get("status")))
                .containsOnly("SUCCEEDED");
    }

    @Test
    void failedCollectionResolvesNothingAndKeepsTheInventory() {
        String failing = simulator.estate().subscriptions().get(0).subscriptionId();
        scanAndWait("{}");
        List<String> openBefore = asAdmin().queryParam("subscriptionId", failing).queryParam("status", "OPEN")
                .queryParam("size", 1000).get("/api/v1/findings").jsonPath().getList("items.id", String.class);
        long vmsBefore = asAdmin().queryParam("subscriptionId", failing).get("/api/v1/vms").jsonPath()
                .getLong("total");
        assertThat(openBefore).isNotEmpty();

        simulator.faults().add(Fault.status(500)
                .matching("(?i)^/subscriptions/" + failing + "/providers/Microsoft\\.Security/jitNetworkAccessPolicies"));
        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + failing + "\"}");

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        assertThat(asAdmin().queryParam("subscriptionId", failing).queryParam("status", "OPEN")
                .queryParam("size", 1000).get("/api/v1/findings").jsonPath().getList("items.id", String.class))
                .containsExactlyInAnyOrderElementsOf(openBefore);
        assertThat(asAdmin().queryParam("subscriptionId", failing).queryParam("status", "RESOLVED")
                .get("/api/v1/findings").jsonPath().getLong("total")).isZero();
        assertThat(asAdmin().queryParam("subscriptionId", failing).get("/api/v1/vms").jsonPath().getLong("total"))
                .isEqualTo(vmsBefore);
        assertThat(asAdmin().queryParam("subscriptionId", failing).queryParam("status", "OPEN")
                .get("/api/v1/findings").jsonPath().getList("items.stale", Boolean.class)).containsOnly(true);
        Map<String, Object> subscription = asAdmin().get("/api/v1/tenants").jsonPath()
                .getList("items.subscriptions.flatten()", Map.class).stream()
                .filter(s -> failing.equals(s.get("subscriptionId"))).findFirst().orElseThrow();
        assertThat(subscription.get("stale")).isEqualTo(true);
        assertThat(subscription.get("lastScanStatus")).isEqualTo("FAILED");
        assertThat(subscription.get("lastSuccessfulScanAt")).isNotNull();
    }

    @Test
    void backDatedScanRecordsItsResultsAsOfThatTime() {
        String subscriptionId = simulator.estate().subscriptions().get(0).subscriptionId();
        java.time.Instant asOf = java.time.Instant.now().minus(java.time.Duration.ofDays(3))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + subscriptionId + "\", \"asOf\": \"" + asOf + "\"}");

        assertThat(java.time.Instant.parse(scan.getString("startedAt"))).isEqualTo(asOf);
        assertThat(asAdmin().queryParam("subscriptionId", subscriptionId).get("/api/v1/findings").jsonPath()
                .getList("items.firstSeenAt", String.class)).allSatisfy(t ->
                assertThat(java.time.Instant.parse(t)).isEqualTo(asOf));
        String day = java.time.LocalDate.ofInstant(asOf, java.time.ZoneOffset.UTC).toString();
        assertThat(asAdmin().queryParam("subscriptionId", subscriptionId).queryParam("from", day).queryParam("to", day)
                .get("/api/v1/trends").jsonPath().getBoolean("points[0].carried")).isFalse();
    }

    @Test
    void asOfInTheFutureOrUnreadableIsRefused() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"asOf\": \"2999-01-01T00:00:00Z\"}")
                .post("/api/v1/scans"), 400, "asOf");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"asOf\": \"last tuesday\"}")
                .post("/api/v1/scans"), 400, "asOf");
    }

    @Test
    void scanOfOneTenantCoversOnlyItsSubscriptions() {
        String tenantId = simulator.estate().tenants().get(1).tenantId();
        JsonPath scan = scanAndWait("{\"tenant\": \"" + tenantId + "\"}");

        assertThat(scan.getList("subscriptions.subscriptionId", String.class)).containsExactlyInAnyOrderElementsOf(
                simulator.estate().subscriptions().stream().filter(s -> s.tenantId().equals(tenantId))
                        .map(SimSubscription::subscriptionId).toList());
    }

    @Test
    void recentScansAreListedNewestFirst() {
        String first = scanAndWait("{}").getString("id");
        String second = scanAndWait("{}").getString("id");

        assertThat(asAdmin().get("/api/v1/scans").jsonPath().getList("items.id", String.class))
                .containsSubsequence(second, first);
    }

    @Test
    void badScanRequestsAreProblemsNamingTheField() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"subscriptionId\": \"nope\"}")
                .post("/api/v1/scans"), 400, "subscriptionId");
        assertProblem(asAdmin().contentType(ContentType.JSON)
                .body("{\"subscriptionId\": \"6f1c2d3e-0000-4000-8000-000000000000\"}")
                .post("/api/v1/scans"), 404, "subscriptionId");
        assertProblem(asAdmin().contentType(ContentType.JSON)
                .body("{\"tenant\": \"6f1c2d3e-0000-4000-8000-000000000000\"}").post("/api/v1/scans"), 404, "tenant");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("[1,2]").post("/api/v1/scans"), 400, null);
        assertProblem(asAdmin().get("/api/v1/scans/6f1c2d3e-0000-4000-8000-000000000000"), 404, "id");
    }

    @Test
    void anEmptyTenantOrSubscriptionIsRefusedRatherThanReadAsEveryTenant() {
        int before = asAdmin().get("/api/v1/scans").jsonPath().getList("items").size();

        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"tenant\": \"\"}").post("/api/v1/scans"),
                400, "tenant");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"subscriptionId\": \" \"}")
                .post("/api/v1/scans"), 400, "subscriptionId");

        assertThat(asAdmin().get("/api/v1/scans").jsonPath().getList("items")).as("nothing queued").hasSize(before);
    }
}
