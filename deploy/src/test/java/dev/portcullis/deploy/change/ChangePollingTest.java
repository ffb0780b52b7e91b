package dev.portcullis.deploy.change;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.awaitScan;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.change.ChangeFeeds;
import dev.portcullis.persistence.tenant.SubscriptionEntity;
import dev.portcullis.scanner.change.ChangePolling;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change detection by polling, end to end: the simulator changes its estate and files the writes in the subscription's
 * activity log (late, as Azure does); a poll through the real SDK pipeline reads them and rescans the subscription.
 * The schedules are off in tests: each test polls once, as the clustered trigger would.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ChangePollingTest {

    private static final String EXPOSED = "vm_management_port_internet_exposed";

    @Inject
    TestDatabase database;

    @Inject
    ChangePolling polling;

    @Inject
    ChangeFeeds feeds;

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private SimVm vm;

    @BeforeEach
    void scannedEstateWithAClosedVm() {
        int day = DemoHistory.TODAY;
        while (devApi(day).expected(EXPOSED) != Expectation.PASS) {
            day--;
        }
        simulator.serveDay(day);
        simulator.activityLog().delay(Duration.ofMillis(200));
        vm = devApi(day);
        freshScanOfSimulatedEstate(database, simulator);
    }

    @AfterEach
    void todaysEstate() {
        simulator.activityLog().delay(Duration.ofSeconds(2));
        simulator.serveDay(DemoHistory.TODAY);
    }

    private SimVm devApi(int day) {
        simulator.serveDay(day);
        return simulator.estate().virtualMachines().stream().filter(v -> v.name().equals("dev-api-01")).findFirst()
                .orElseThrow();
    }

    private static List<Map<String, Object>> changeScans() {
        return asAdmin().get("/api/v1/scans").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(s -> "CHANGE".equals(s.get("trigger"))).toList();
    }

    private static List<String> exposedVms() {
        return asAdmin().queryParam("status", "OPEN").queryParam("checkId", EXPOSED).queryParam("size", 1000)
                .get("/api/v1/findings").jsonPath().getList("items.resourceId", String.class);
    }

    private static void waitForTheLogToFileIt() throws InterruptedException {
        Thread.sleep(400);
    }

    @Test
    void portOpenedOnAVmsNsgIsFoundByThePollsRescanAndAReplayedPollDoesNothing() throws Exception {
        assertThat(exposedVms()).doesNotContain(vm.resourceId());

        simulator.changes().openPort(vm.resourceId(), 22);
        waitForTheLogToFileIt();
        polling.pollAll();

        List<Map<String, Object>> scans = changeScans();
        assertThat(scans).hasSize(1);
        String scanId = (String) scans.get(0).get("id");
        awaitSucceeded(scanId);
        assertThat(exposedVms()).contains(vm.resourceId());
        dev.portcullis.deploy.support.PrometheusScrape scrape = dev.portcullis.deploy.support.PrometheusScrape.of(metrics);
        assertThat(scrape.named("portcullis_change_detection_seconds_count")).as("from the write to the open finding")
                .anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
        assertThat(scrape.named("portcullis_change_events_total")).anySatisfy(sample -> {
            assertThat(sample.label("source")).isEqualTo("activity_log");
            assertThat(sample.label("relevant")).isEqualTo("true");
            assertThat(sample.value()).isGreaterThanOrEqualTo(1);
        });
        io.restassured.path.json.JsonPath triggers = asAdmin().get("/api/v1/scans/" + scanId + "/triggers").jsonPath();
        assertThat(triggers.getList("items.operation", String.class))
                .allSatisfy(op -> assertThat(op).isEqualToIgnoringCase(
                        "Microsoft.Network/networkSecurityGroups/securityRules/write")).isNotEmpty();
        assertThat(triggers.getList("items.caller", String.class)).contains("alice@contoso.com");
        assertThat(triggers.getList("items.source", String.class)).containsOnly("ACTIVITY_LOG");
        String page = io.restassured.RestAssured.given().filter(People.signedIn("admin",
                dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD)).get("/scans/" + scanId).asString();
        assertThat(page).contains("id=\"triggers\"").contains("alice@contoso.com").contains("A change in Azure");

        polling.pollAll();
        assertThat(changeScans()).as("the same events read again by the overlapping window").hasSize(1);
    }

    @Test
    void aBurstOfFiftyWritesIsOneRescanAndAWriteThatMattersToNoCheckIsNone() throws Exception {
        String storage = vm.resourceId().replaceAll("(?i)/providers/Microsoft.Compute/virtualMachines/.*",
                "/providers/Microsoft.Storage/storageAccounts/devlogs");
        simulator.changes().write(storage);
        waitForTheLogToFileIt();
        polling.pollAll();
        assertThat(changeScans()).isEmpty();

        String rule = vm.resourceId().replaceAll("(?i)/providers/Microsoft.Compute/virtualMachines/.*",
                "/providers/Microsoft.Network/networkSecurityGroups/nsg-burst/securityRules/r");
        simulator.changes().burst(rule, 50);
        waitForTheLogToFileIt();
        polling.pollAll();

        List<Map<String, Object>> scans = changeScans();
        assertThat(scans).hasSize(1);
        awaitSucceeded((String) scans.get(0).get("id"));
    }

    @Test
    void aSubscriptionWhosePollIsRefusedKeepsTheErrorUntilAPollSucceedsAndIsStillScanned() {
        simulator.faults().add(Fault.status(403).matching("(?i)/subscriptions/" + vm.subscriptionId()
                + "/providers/Microsoft.Insights/eventtypes/management/values"));
        UUID ref = QuarkusTransaction.requiringNew().call(() -> SubscriptionEntity
                .findBySubscriptionId(UUID.fromString(vm.subscriptionId())).orElseThrow().id);

        polling.pollAll();

        ChangeFeeds.FeedStatus failing = feeds.status(ref).orElseThrow();
        assertThat(failing.lastPollError()).contains("403");
        assertThat(failing.failedPolls()).isEqualTo(1);
        for (ChangeFeeds.Feed other : feeds.feeds()) {
            if (!other.subscriptionRef().equals(ref)) {
                assertThat(feeds.status(other.subscriptionRef()).orElseThrow().lastGoodPollStart())
                        .as("the other subscriptions' polls went on").isNotNull();
            }
        }
        String pollError = asAdmin().get("/api/v1/tenants").jsonPath().getString(
                "items.subscriptions.flatten().find { it.subscriptionId == '" + vm.subscriptionId()
                        + "' }.changes.lastPollError");
        assertThat(pollError).contains("403");
        String tenantsPage = io.restassured.RestAssured.given().filter(People.signedIn("admin",
                dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD)).get("/tenants").asString();
        assertThat(tenantsPage).contains("Reading its activity log failed:");
        String scan = asAdmin().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"subscriptionId\": \"" + vm.subscriptionId() + "\"}").post("/api/v1/scans")
                .jsonPath().getString("id");
        assertThat(awaitScan(scan).getString("status")).as("the scans still cover the subscription")
                .isEqualTo("SUCCEEDED");

        simulator.faults().clear();
        polling.pollAll();
        ChangeFeeds.FeedStatus good = feeds.status(ref).orElseThrow();
        assertThat(good.lastPollError()).isNull();
        assertThat(good.lastGoodPollStart()).isNotNull();
    }

    /** Waits for a scan the test did not ask for itself: the one the changes asked for. */
    private static void awaitSucceeded(String scanId) {
        assertThat(awaitScan(scanId).getString("status")).isEqualTo("SUCCEEDED");
    }
}
