package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminEndpointsTest {

    private static final String VMS = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01";
    private static final String MATCH = URLEncoder.encode("(?i)/providers/Microsoft.Compute/virtualMachines", StandardCharsets.UTF_8);

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void faultPostedOverHttpThrottlesTheNextMatchingRequest() {
        ArmTestClient.Response added = SIM.client().send("POST", "/_simulator/faults?match=" + MATCH + "&status=429&retryAfter=1&times=1&delayMs=0");

        assertThat(added.status()).isEqualTo(201);
        assertThat(Json.object(added.json(), "fault")).containsEntry("retryAfter", BigDecimal.ONE);
        ArmTestClient.Response throttled = SIM.client().get(VMS);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValue("1");
        assertThat(SIM.client().get(VMS).status()).isEqualTo(200);
    }

    @Test
    void headerFaultPostedOverHttpSetsTheHeaderOnTheNextMatchingAnswer() {
        ArmTestClient.Response added = SIM.client().send("POST", "/_simulator/faults?match=" + MATCH
                + "&times=1&header=" + URLEncoder.encode("x-ms-ratelimit-remaining-subscription-reads:7",
                StandardCharsets.UTF_8));

        assertThat(added.status()).isEqualTo(201);
        assertThat(Json.object(Json.object(added.json(), "fault"), "headers"))
                .containsEntry("x-ms-ratelimit-remaining-subscription-reads", "7");
        ArmTestClient.Response answered = SIM.client().get(VMS);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.header("x-ms-ratelimit-remaining-subscription-reads")).hasValue("7");
        assertThat(SIM.client().send("POST", "/_simulator/faults?header=no-colon").status()).isEqualTo(400);
    }

    @Test
    void faultsAreListedAndClearedOverHttp() {
        SIM.client().send("POST", "/_simulator/faults?match=" + MATCH + "&status=500");
        SIM.client().send("POST", "/_simulator/faults?delayMs=10");

        assertThat(Json.objects(SIM.client().get("/_simulator/faults").json(), "value")).hasSize(2);
        ArmTestClient.Response cleared = SIM.client().send("DELETE", "/_simulator/faults");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(SIM.simulator().faults().active()).isEmpty();
        assertThat(SIM.client().get(VMS).status()).isEqualTo(200);
    }

    @Test
    void requestCountsAreServedAsJsonAndAdminCallsAreNotCounted() {
        SIM.client().get(VMS);
        SIM.client().get(VMS.replace("?api-version=2025-04-01", ""));

        Map<String, Object> counts = SIM.client().get("/_simulator/requests?match=" + MATCH).json();

        assertThat(counts.get("total")).isEqualTo(BigDecimal.valueOf(2));
        assertThat(counts.get("matching")).isEqualTo(BigDecimal.valueOf(2));
        assertThat(Json.object(counts, "byStatus")).containsOnlyKeys("200", "400");
        assertThat(SIM.simulator().requests()).hasSize(2);
        assertThat(SIM.simulator().requestCount("_simulator")).isZero();
    }

    @Test
    void requestLogIsResetOverHttp() {
        SIM.client().get(VMS);

        assertThat(SIM.client().send("DELETE", "/_simulator/requests").status()).isEqualTo(200);
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void badFaultParametersAreRejected() {
        assertThat(SIM.client().send("POST", "/_simulator/faults?status=abc").status()).isEqualTo(400);
        assertThat(SIM.client().send("POST", "/_simulator/faults?match=" + MATCH).status()).isEqualTo(400);
        assertThat(SIM.client().send("POST", "/_simulator/faults?status=429&match=%28").status()).isEqualTo(400);
        assertThat(SIM.client().get("/_simulator/nothing").status()).isEqualTo(404);
        assertThat(SIM.simulator().faults().active()).isEmpty();
    }
}
