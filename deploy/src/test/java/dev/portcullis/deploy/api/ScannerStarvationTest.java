package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.awaitScan;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.deploy.support.TightLimits;
import dev.portcullis.persistence.scan.ScanQueue;
import dev.portcullis.scanner.scan.ScanCoordinator;
import dev.portcullis.scanner.scan.ScanScope;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No caller and no ARM endpoint can starve the scanner: scan requests are limited per caller, a scope has at most one
 * queued scan, every collection stops at its deadline, an endless list at its page cap, a "retry in a day" fails at
 * once, and one tenant's slow ARM never delays another tenant's scan. Limits are the {@link TightLimits} ones.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
@QuarkusTestResource(SimulatorResource.class)
class ScannerStarvationTest {

    private static final String PRODUCTION = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String CONTOSO_SUBSCRIPTIONS = "(?i)^/subscriptions/c0a70500-";

    @Inject
    TestDatabase database;

    @Inject
    ScanCoordinator coordinator;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void twoTenants() {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
    }

    private static Response requestScan(io.restassured.specification.RequestSpecification as, String body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/scans");
    }

    private static String tenantScan(String tenantId) {
        return "{\"tenant\": \"" + tenantId + "\"}";
    }

    @Test
    void aCallerAskingForMoreScansAMinuteThanTheLimitGets429WithRetryAfter() {
        String eager = People.account("eager", "OPERATOR", List.of("*"));
        simulator.faults().add(Fault.delayMillis(300).matching(CONTOSO_SUBSCRIPTIONS));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            statuses.add(requestScan(People.as(eager), tenantScan(DemoEstate.CONTOSO_TENANT_ID)).statusCode());
        }

        Response refused = requestScan(People.as(eager), tenantScan(DemoEstate.CONTOSO_TENANT_ID));

        assertThat(statuses).containsOnly(202);
        assertProblem(refused, 429, null);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 61L);
        assertThat(requestScan(asAdmin(), tenantScan(DemoEstate.FABRIKAM_TENANT_ID)).statusCode())
                .as("another caller is not held back").isEqualTo(202);
    }

    @Test
    void aScopeWithAQueuedScanAnswersWithThatScanAndSoDoesTheSchedule() {
        simulator.faults().add(Fault.delayMillis(300).matching(CONTOSO_SUBSCRIPTIONS));
        String running = requestScan(asAdmin(), tenantScan(DemoEstate.CONTOSO_TENANT_ID)).then().statusCode(202)
                .extract().path("id");
        Set<String> queued = new HashSet<>();
        List<Boolean> joined = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonPath answer = requestScan(asAdmin(), tenantScan(DemoEstate.CONTOSO_TENANT_ID)).then().statusCode(202)
                    .extract().jsonPath();
            queued.add(answer.getString("id"));
            joined.add(answer.getBoolean("joined"));
        }
        ScanQueue.Queued everything = coordinator.request(ScanScope.all(), "SCHEDULE");
        ScanQueue.Queued scheduled = coordinator.request(ScanScope.all(), "SCHEDULE");
        ScanQueue.Queued scheduledAgain = coordinator.request(ScanScope.all(), "SCHEDULE");

        assertThat(queued).hasSize(1).doesNotContain(running);
        assertThat(joined).containsExactly(false, true, true, true, true);
        assertThat(scheduled.joined()).as("the first scan of everything is running").isFalse();
        assertThat(scheduledAgain.id()).isEqualTo(scheduled.id());
        assertThat(scheduledAgain.joined()).isTrue();
        for (String id : List.of(running, queued.iterator().next(), everything.id().toString(),
                scheduled.id().toString())) {
            awaitScan(id);
        }
        assertThat(asAdmin().get("/api/v1/scans").jsonPath().getList("items")).as("four scans, not nine")
                .hasSize(4);
    }

    @Test
    void aSlowArmIsStoppedAtTheSubscriptionsDeadlineAndNothingOfItIsApplied() {
        simulator.faults().add(Fault.delayMillis(1500).matching("(?i)^" + PRODUCTION));
        Instant asked = Instant.now();

        JsonPath scan = awaitScan(requestScan(asAdmin(), "{\"subscriptionId\": \""
                + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "\"}").then().statusCode(202).extract().path("id"));

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        assertThat(scan.getString("subscriptions[0].error")).contains("did not finish in time");
        assertThat(Duration.between(asked, Instant.now())).as("stopped near its 4 s, not after every page")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(asAdmin().queryParam("subscriptionId", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID)
                .get("/api/v1/vms").jsonPath().getInt("total")).as("nothing applied").isZero();
    }

    @Test
    void anEndlessListIsStoppedAtThePageCap() {
        String list = PRODUCTION + "/providers/Microsoft.Compute/virtualMachines";
        simulator.faults().add(Fault.answer(200, "{\"value\":[],\"nextLink\":\"" + simulator.baseUrl() + list
                + "?api-version=2025-04-01&$skiptoken=again\"}").matching("(?i)^" + list + "$"));
        simulator.resetRequestLog();

        JsonPath scan = awaitScan(requestScan(asAdmin(), "{\"subscriptionId\": \""
                + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "\"}").then().statusCode(202).extract().path("id"));

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        assertThat(scan.getString("subscriptions[0].error")).contains("past " + TightLimits.PAGES + " pages");
        assertThat(simulator.requestCount("(?i)" + list)).isLessThanOrEqualTo(TightLimits.PAGES + 1);
    }

    @Test
    void aRetryAfterLongerThanWeWouldEverWaitFailsTheReadAtOnce() {
        simulator.faults().add(Fault.status(429).retryAfterSeconds(86_400)
                .matching("(?i)^" + PRODUCTION + "/providers/Microsoft.Network/networkSecurityGroups$"));
        Instant asked = Instant.now();

        JsonPath scan = awaitScan(requestScan(asAdmin(), "{\"subscriptionId\": \""
                + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "\"}").then().statusCode(202).extract().path("id"));

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        assertThat(scan.getString("subscriptions[0].error")).contains("429");
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void oneTenantsSlowArmNeverDelaysAnotherTenantsScan() {
        simulator.faults().add(Fault.delayMillis(1500).matching(CONTOSO_SUBSCRIPTIONS));
        String slow = requestScan(asAdmin(), tenantScan(DemoEstate.CONTOSO_TENANT_ID)).then().statusCode(202)
                .extract().path("id");
        String other = requestScan(asAdmin(), tenantScan(DemoEstate.FABRIKAM_TENANT_ID)).then().statusCode(202)
                .extract().path("id");

        JsonPath fabrikam = awaitScan(other);
        String contosoMeanwhile = asAdmin().get("/api/v1/scans/" + slow).jsonPath().getString("status");

        assertThat(fabrikam.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(contosoMeanwhile).as("Fabrikam did not wait for Contoso").isEqualTo("RUNNING");
        assertThat(awaitScan(slow).getString("status")).isEqualTo("FAILED");
    }
}
