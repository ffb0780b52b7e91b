package dev.portcullis.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private final PollWindow window = new PollWindow(Duration.ofMinutes(20));

    @Test
    void aPollLooksBackTheOverlapBeforeTheLastGoodPollForEventsFiledLate() {
        assertThat(window.since(NOW, NOW.minusSeconds(60), NOW.minusSeconds(3600)))
                .isEqualTo(NOW.minusSeconds(60).minus(Duration.ofMinutes(20)));
    }

    @Test
    void aScanAfterTheLastGoodPollCoversWhatHappenedBeforeIt() {
        Instant scan = NOW.minusSeconds(30);
        assertThat(window.since(NOW, NOW.minus(Duration.ofDays(2)), scan))
                .as("polls failed for two days, then a scan").isEqualTo(scan.minus(Duration.ofMinutes(20)));
    }

    @Test
    void aSubscriptionNeverPolledStartsFromItsLastScanOrFromNow() {
        assertThat(window.since(NOW, null, NOW.minusSeconds(600))).isEqualTo(NOW.minusSeconds(600 + 1200));
        assertThat(window.since(NOW, null, null)).isEqualTo(NOW.minus(Duration.ofMinutes(20)));
    }

    @Test
    void aClockAheadOfNowNeverPushesTheWindowIntoTheFuture() {
        assertThat(window.since(NOW, NOW.plusSeconds(300), null)).isEqualTo(NOW.minus(Duration.ofMinutes(20)));
    }

    @Test
    void aNegativeOverlapIsRefused() {
        assertThatThrownBy(() -> new PollWindow(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
