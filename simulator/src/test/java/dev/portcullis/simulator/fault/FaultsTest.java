package dev.portcullis.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults faults = new Faults();

    @Test
    void matchingFindsTheRegexAnywhereInThePath() {
        Fault fault = Fault.status(429).matching("virtualMachines");

        assertThat(fault.matches("/subscriptions/s/providers/Microsoft.Compute/virtualMachines")).isTrue();
        assertThat(fault.matches("/subscriptions/s/providers/Microsoft.Network/networkInterfaces")).isFalse();
        assertThat(Fault.status(500).matches("/anything")).isTrue();
    }

    @Test
    void aFaultWithTimesExpiresAfterThatManyMatchingRequests() {
        faults.add(Fault.status(500).times(2).matching("vm"));

        assertThat(faults.onRequest("/nic").answer()).isNull();
        assertThat(faults.active()).singleElement().extracting(Fault::times).isEqualTo(2);
        assertThat(faults.onRequest("/vm").answer()).isNotNull();
        assertThat(faults.active()).singleElement().extracting(Fault::times).isEqualTo(1);
        assertThat(faults.onRequest("/vm").answer()).isNotNull();
        assertThat(faults.onRequest("/vm").answer()).isNull();
        assertThat(faults.active()).isEmpty();
    }

    @Test
    void delaysAddUpAndTheFirstMatchingStatusAnswers() {
        faults.add(Fault.delayMillis(100))
                .add(Fault.status(429).retryAfterSeconds(2).times(1))
                .add(Fault.status(500).times(1))
                .add(Fault.delayMillis(50).matching("vm"));

        Faults.Effect first = faults.onRequest("/vm");
        assertThat(first.delayMillis()).isEqualTo(150);
        assertThat(first.answer().status()).isEqualTo(429);

        Faults.Effect second = faults.onRequest("/vm");
        assertThat(second.answer().status()).as("the 500 was not used up by the first request").isEqualTo(500);
        assertThat(faults.onRequest("/vm").answer()).isNull();
    }

    @Test
    void faultsAreValuesThatRefuseNonsense() {
        Fault base = Fault.status(429);

        assertThat(base.times(3)).isNotSameAs(base);
        assertThat(base.times()).isEqualTo(Fault.UNLIMITED);
        assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delayMillis(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
