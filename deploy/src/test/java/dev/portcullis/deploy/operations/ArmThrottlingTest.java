package dev.portcullis.deploy.operations;

import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.PrometheusScrape;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ARM's throttling as a subscription scan meets it: 429s and retries are recorded on the scan and counted per tenant,
 * and a read budget running low makes the collector wait before its next request.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ArmThrottlingTest {

    private static final String REMAINING_READS = "x-ms-ratelimit-remaining-subscription-reads";

    @Inject
    TestDatabase database;

    @TestHTTPResource(value = "/metrics", management = true) // under the management root, /q
    URL metrics;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private SimSubscription subscription;

    @BeforeEach
    void onboard() {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
        subscription = simulator.estate().subscriptions().get(0);
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    private String vmList() {
        return "(?i)^/subscriptions/" + subscription.subscriptionId() + "/providers/Microsoft\\.Compute/virtualMachines$";
    }

    private JsonPath scanSubscription() {
        return scanAndWait("{\"subscriptionId\": \"" + subscription.subscriptionId() + "\"}");
    }

    private Map<String, Object> result(JsonPath scan) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = scan.getList("subscriptions", Map.class).stream()
                .filter(s -> subscription.subscriptionId().equals(s.get("subscriptionId")))
                .findFirst().orElseThrow();
        return result;
    }

    /** The tenant's counter of this name, 0 before its first session. */
    private double counter(String name) {
        return PrometheusScrape.of(metrics).value(name, Map.of("tenant", subscription.tenantId())).orElse(0.0);
    }

    @Test
    void aThrottledListIsRecordedOnTheScanAndCountedForItsTenant() {
        double throttledBefore = counter("portcullis_arm_throttled_total");
        double requestsBefore = counter("portcullis_arm_requests_total");
        simulator.faults().add(Fault.status(429).retryAfterSeconds(1).times(1).matching(vmList()));

        JsonPath scan = scanSubscription();

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        Map<String, Object> result = result(scan);
        assertThat(result.get("throttledRequests")).isEqualTo(1);
        assertThat(result.get("retriedRequests")).isEqualTo(1);
        assertThat(counter("portcullis_arm_throttled_total") - throttledBefore).isEqualTo(1.0);
        assertThat(counter("portcullis_arm_requests_total") - requestsBefore)
                .as("every request of the scan, the retry included")
                .isEqualTo(((Integer) result.get("armRequests")).doubleValue());
    }

    @Test
    void aListThatStaysThrottledFailsTheSubscriptionWithEveryThrottledAnswerAndRetryRecorded() {
        simulator.faults().add(Fault.status(429).retryAfterSeconds(1).matching(vmList()));

        JsonPath scan = scanSubscription();

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        Map<String, Object> result = result(scan);
        assertThat(result.get("status")).isEqualTo("FAILED");
        assertThat(result.get("retriedRequests")).as("portcullis.scan.arm.max-retries").isEqualTo(3);
        assertThat(result.get("throttledRequests")).as("the first answer and every retry's").isEqualTo(4);
        assertThat((Integer) result.get("armRequests")).isEqualTo(4);
    }

    @Test
    void lowRemainingReadsMakeTheNextRequestWaitForTheBudgetToRefill() {
        double backoffsBefore = counter("portcullis_arm_backoffs_total");
        // 5 reads left, 20 below the threshold of 25: the next request waits 20 / 25 s = 0.8 s
        simulator.faults().add(Fault.header(REMAINING_READS, "5").times(1).matching(vmList()));

        JsonPath scan = scanSubscription();

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        Map<String, Object> result = result(scan);
        assertThat(counter("portcullis_arm_backoffs_total") - backoffsBefore)
                .as("the request after the low answer waited").isEqualTo(1.0);
        assertThat((Integer) result.get("durationMs")).as("it waited 0.8 s at least").isGreaterThanOrEqualTo(800);
        assertThat(result.get("throttledRequests")).isEqualTo(0);
        assertThat(result.get("retriedRequests")).isEqualTo(0);
    }

    @Test
    void remainingReadsAtTheThresholdMakeNoRequestWait() {
        double backoffsBefore = counter("portcullis_arm_backoffs_total");
        simulator.faults().add(Fault.header(REMAINING_READS, "25")
                .matching("(?i)^/subscriptions/" + subscription.subscriptionId() + "/"));

        JsonPath scan = scanSubscription();

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(counter("portcullis_arm_backoffs_total") - backoffsBefore).isZero();
    }
}
