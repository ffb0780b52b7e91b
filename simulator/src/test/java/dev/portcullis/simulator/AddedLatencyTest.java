package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.json.StrictJson;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AddedLatencyTest {

    private static final long LATENCY_MS = 300;
    private static final String VMS = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo(SimulatorOptions.defaults().threads(16)
            .latency(Duration.ofMillis(LATENCY_MS)));

    @Test
    void everyArmAnswerTakesTheLatencyErrorsAndFaultDelaysIncluded() {
        assertThat(millis(() -> assertThat(SIM.client().get(VMS).status()).isEqualTo(200))).isGreaterThanOrEqualTo(LATENCY_MS);
        assertThat(millis(() -> assertThat(SIM.client().get("/subscriptions/00000000-0000-0000-0000-000000000000"
                + "?api-version=1").status()).isEqualTo(404))).isGreaterThanOrEqualTo(LATENCY_MS);

        SIM.simulator().faults().add(Fault.delayMillis(200).times(1));
        assertThat(millis(() -> SIM.client().get(VMS))).as("a fault's delay comes on top").isGreaterThanOrEqualTo(LATENCY_MS + 200);
    }

    @Test
    void theTokenEndpointAndTheSimulatorsOwnRequestsAreNotDelayed() {
        // Measured against the latency on a shared machine: well under it, not near zero.
        long token = millis(() -> SIM.client().send("POST", URI.create(SIM.simulator().baseUrl() + "/" + CONTOSO_TENANT_ID
                + "/oauth2/v2.0/token"), Map.of("Content-Type", "application/x-www-form-urlencoded")));
        long admin = millis(() -> assertThat(SIM.client().get("/_simulator/requests").status()).isEqualTo(200));

        assertThat(token).isLessThan(LATENCY_MS);
        assertThat(admin).isLessThan(LATENCY_MS);
    }

    @Test
    void requestsWaitOutTheLatencyTogetherOnTheServersThreads() {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        long elapsed;
        try {
            elapsed = millis(() -> {
                List<CompletableFuture<Integer>> answers = IntStream.range(0, 16)
                        .mapToObj(i -> CompletableFuture.supplyAsync(
                                () -> new ArmTestClient(SIM.simulator().baseUrl()).get(VMS).status(), clients))
                        .toList();
                assertThat(answers).allSatisfy(answer -> assertThat(answer.join()).isEqualTo(200));
            });
        } finally {
            clients.shutdownNow();
        }

        // 16 requests one after the other would take 4.8 s; on 16 threads about 0.3 s (plus a loaded machine's delays).
        assertThat(elapsed).isLessThan(8 * LATENCY_MS);
        Map<String, Object> counts = StrictJson.parseObject(SIM.client().get("/_simulator/requests").body());
        assertThat(((Number) counts.get("maxInFlight")).intValue()).as("in flight together").isBetween(2, 16);
        assertThat(((Number) counts.get("busyMs")).longValue()).as("each waited the latency").isGreaterThanOrEqualTo(16 * LATENCY_MS);

        SIM.client().send("DELETE", "/_simulator/requests");
        counts = StrictJson.parseObject(SIM.client().get("/_simulator/requests").body());
        Map<String, Object> reset = counts;
        assertThat(List.of("total", "maxInFlight", "busyMs")).allSatisfy(
                field -> assertThat(((Number) reset.get(field)).intValue()).as(field).isZero());
    }

    @Test
    void theLatencyChangesWhileTheServerRuns() {
        try {
            ArmTestClient.Response off = SIM.client().send("POST", "/_simulator/latency?ms=0");
            assertThat(off.status()).isEqualTo(200);
            assertThat(((Number) StrictJson.parseObject(off.body()).get("ms")).intValue()).isZero();
            assertThat(SIM.simulator().latency()).isZero();
            assertThat(millis(() -> SIM.client().get(VMS))).isLessThan(LATENCY_MS);

            assertThat(SIM.client().send("POST", "/_simulator/latency?ms=-1").status()).isEqualTo(400);
            assertThat(SIM.client().send("POST", "/_simulator/latency").status()).isEqualTo(400);

            SIM.simulator().latency(Duration.ofMillis(LATENCY_MS));
            assertThat(((Number) StrictJson.parseObject(SIM.client().get("/_simulator/latency").body()).get("ms")).longValue())
                    .isEqualTo(LATENCY_MS);
            assertThat(millis(() -> SIM.client().get(VMS))).isGreaterThanOrEqualTo(LATENCY_MS);
        } finally {
            SIM.simulator().latency(Duration.ofMillis(LATENCY_MS));
        }
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
