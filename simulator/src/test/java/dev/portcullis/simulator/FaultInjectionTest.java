package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

    private static final String SUB = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String VMS = SUB + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01";
    private static final String NICS = SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=2025-03-01";
    private static final String VM_REGEX = "(?i)/providers/Microsoft.Compute/virtualMachines";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void throttlingFaultAnswers429WithRetryAfterThenExpiresAfterItsTimes() {
        SIM.simulator().faults().add(Fault.status(429).retryAfterSeconds(1).times(1).matching(VM_REGEX));

        ArmTestClient.Response throttled = SIM.client().get(VMS);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValue("1");
        assertThat(throttled.header("x-ms-ratelimit-remaining-subscription-reads")).hasValue("0");
        assertThat(throttled.errorCode()).isEqualTo("TooManyRequests");

        assertThat(SIM.client().get(VMS).status()).isEqualTo(200);
        assertThat(SIM.simulator().faults().active()).isEmpty();
    }

    @Test
    void headerFaultSetsItsHeaderOnNormalAnswersForItsTimes() {
        String remaining = "x-ms-ratelimit-remaining-subscription-reads";
        SIM.simulator().faults().add(Fault.header(remaining, "3").times(2).matching(VM_REGEX));

        ArmTestClient.Response first = SIM.client().get(VMS);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).containsKey("value");
        assertThat(first.header(remaining)).hasValue("3");
        assertThat(SIM.client().get(NICS).header(remaining)).as("another path").hasValue("249");
        assertThat(SIM.client().get(VMS).header(remaining)).hasValue("3");

        assertThat(SIM.client().get(VMS).header(remaining)).as("expired").hasValue("249");
        assertThat(SIM.simulator().faults().active()).isEmpty();
    }

    @Test
    void headerOfAStatusFaultIsSentWithItsError() {
        SIM.simulator().faults().add(Fault.status(503).withHeader("x-ms-failure-cause", "gateway").times(1)
                .matching(VM_REGEX));

        ArmTestClient.Response failed = SIM.client().get(VMS);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.header("x-ms-failure-cause")).hasValue("gateway");
    }

    @Test
    void faultsOnlyHitPathsTheirRegexIsFoundIn() {
        SIM.simulator().faults().add(Fault.status(429).retryAfterSeconds(1).matching(VM_REGEX));

        assertThat(SIM.client().get(NICS).status()).isEqualTo(200);
        assertThat(SIM.client().get(VMS.replace("Microsoft.Compute/virtualMachines", "microsoft.compute/VIRTUALMACHINES")).status())
                .isEqualTo(429);
    }

    @Test
    void serverErrorFaultAnswers500ForItsTimesThenServesNormally() {
        SIM.simulator().faults().add(Fault.status(500).times(3).matching(VM_REGEX));

        for (int i = 0; i < 3; i++) {
            ArmTestClient.Response failed = SIM.client().get(VMS);
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.errorCode()).isEqualTo("InternalServerError");
            assertThat(failed.header("Retry-After")).isEmpty();
        }
        assertThat(SIM.client().get(VMS).status()).isEqualTo(200);
    }

    @Test
    void answerFaultServesItsExactBodyWithItsStatusForItsTimes() {
        String hostile = "{\"value\":[],\"nextLink\":\"https://elsewhere.example/steal\"}";
        SIM.simulator().faults().add(Fault.answer(200, hostile).times(1).matching(VM_REGEX));

        ArmTestClient.Response answered = SIM.client().get(VMS);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo(hostile);
        assertThat(SIM.client().get(VMS).body()).doesNotContain("elsewhere.example");
    }

    @Test
    void delayFaultSlowsTheAnswerThenAnswersNormally() {
        SIM.simulator().faults().add(Fault.delayMillis(400).times(1).matching(VM_REGEX));

        long start = System.nanoTime();
        ArmTestClient.Response slow = SIM.client().get(VMS);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.status()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
        assertThat(slow.json()).containsKey("value");
    }

    @Test
    void faultWithoutTimesLastsUntilCleared() {
        SIM.simulator().faults().add(Fault.status(503).matching(VM_REGEX));

        for (int i = 0; i < 3; i++) {
            assertThat(SIM.client().get(VMS).status()).isEqualTo(503);
        }
        SIM.simulator().faults().clear();
        assertThat(SIM.client().get(VMS).status()).isEqualTo(200);
    }

    @Test
    void faultedRequestsAreLoggedWithTheirStatus() {
        SIM.simulator().faults().add(Fault.status(429).retryAfterSeconds(1).times(1).matching(VM_REGEX));

        SIM.client().get(VMS);
        SIM.client().get(VMS);

        assertThat(SIM.simulator().requests()).extracting(request -> request.status()).containsExactly(429, 200);
        assertThat(SIM.simulator().requestCount(VM_REGEX)).isEqualTo(2);
    }
}
