package dev.portcullis.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24));
    private static final Instant CREATED = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void eachFailedAttemptDoublesTheWaitUpToTheLongest() {
        Instant now = CREATED.plusSeconds(5);
        assertThat(SCHEDULE.next(1, CREATED, now, Optional.empty())).contains(now.plusSeconds(10));
        assertThat(SCHEDULE.next(2, CREATED, now, Optional.empty())).contains(now.plusSeconds(20));
        assertThat(SCHEDULE.next(4, CREATED, now, Optional.empty())).contains(now.plusSeconds(80));
        assertThat(SCHEDULE.next(20, CREATED, now, Optional.empty())).contains(now.plus(Duration.ofHours(1)));
    }

    @Test
    void theReceiversRetryAfterDecidesWithinTheLongestWait() {
        Instant now = CREATED.plusSeconds(5);
        assertThat(SCHEDULE.next(1, CREATED, now, Optional.of(Duration.ofSeconds(120)))).contains(now.plusSeconds(120));
        assertThat(SCHEDULE.next(1, CREATED, now, Optional.of(Duration.ofDays(3))))
                .contains(now.plus(Duration.ofHours(1)));
    }

    @Test
    void aRetryAfterOfZeroStillWaitsTheFirstDelay() {
        Instant now = CREATED.plusSeconds(5);
        assertThat(SCHEDULE.next(3, CREATED, now, Optional.of(Duration.ZERO))).contains(now.plusSeconds(10));
    }

    @Test
    void aDeliveryIsGivenUpOnceADayHasPassedSinceItWasMade() {
        assertThat(SCHEDULE.next(30, CREATED, CREATED.plus(Duration.ofHours(24)), Optional.empty())).isEmpty();
        Instant late = CREATED.plus(Duration.ofHours(23)).plusSeconds(59 * 60 + 50);
        assertThat(SCHEDULE.next(30, CREATED, late, Optional.empty())).contains(CREATED.plus(Duration.ofHours(24)));
    }
}
