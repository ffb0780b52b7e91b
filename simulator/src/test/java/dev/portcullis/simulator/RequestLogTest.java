package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.http.ServedRequest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestLogTest {

    private static final String SUB = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void servedRequestsAreRecordedInOrderWithMethodPathQueryAndStatus() {
        SIM.client().get(SUB + "?api-version=2022-12-01");
        SIM.client().get(SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=2025-03-01");
        SIM.client().send("DELETE", SUB + "?api-version=1");

        assertThat(SIM.simulator().requests()).containsExactly(
                new ServedRequest("GET", SUB, "api-version=2022-12-01", 200),
                new ServedRequest("GET", SUB + "/providers/Microsoft.Network/networkInterfaces", "api-version=2025-03-01", 200),
                new ServedRequest("DELETE", SUB, "api-version=1", 405));
    }

    @Test
    void requestsIsAnImmutableSnapshot() {
        SIM.client().get(SUB + "?api-version=1");
        List<ServedRequest> requests = SIM.simulator().requests();

        SIM.client().get(SUB + "?api-version=1");

        assertThat(requests).hasSize(1);
        assertThat(SIM.simulator().requests()).hasSize(2);
        assertThatThrownBy(() -> requests.add(requests.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requestCountFindsTheRegexInThePathAndResetEmptiesTheLog() {
        SIM.client().get(SUB + "/providers/Microsoft.Compute/virtualMachines?api-version=1");
        SIM.client().get(SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=1");

        assertThat(SIM.simulator().requestCount("(?i)virtualmachines")).isEqualTo(1);
        assertThat(SIM.simulator().requestCount("Microsoft\\.")).isEqualTo(2);
        assertThat(SIM.simulator().requestCount("api-version")).as("the query is not part of the path").isZero();
        SIM.simulator().resetRequestLog();
        assertThat(SIM.simulator().requests()).isEmpty();
    }

    @Test
    void concurrentRequestsAreServedInParallelAndAllLogged() throws Exception {
        SIM.simulator().faults().add(Fault.delayMillis(300).matching("networkInterfaces"));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> statuses = IntStream.range(0, 8)
                    .mapToObj(i -> callers.submit(() ->
                            SIM.client().get(SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=1").status()))
                    .toList();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(elapsedMillis).as("8 slow requests at once, not one after another").isLessThan(8 * 300);
            assertThat(SIM.simulator().requests()).hasSize(8);
        } finally {
            callers.shutdownNow();
        }
    }
}
