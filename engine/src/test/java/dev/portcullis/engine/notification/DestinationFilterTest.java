package dev.portcullis.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.vocabulary.Severity;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DestinationFilterTest {

    @Test
    void findingEventsBelowTheMinimumSeverityAreNotWanted() {
        DestinationFilter filter = new DestinationFilter(Set.of(EventType.FINDING_OPENED), Severity.HIGH, Set.of());
        assertThat(filter.wants(EventType.FINDING_OPENED, Severity.CRITICAL, "a")).isTrue();
        assertThat(filter.wants(EventType.FINDING_OPENED, Severity.HIGH, "a")).isTrue();
        assertThat(filter.wants(EventType.FINDING_OPENED, Severity.MEDIUM, "a")).isFalse();
    }

    @Test
    void onlyTheChosenChecksAndEventsAreWanted() {
        DestinationFilter filter = new DestinationFilter(Set.of(EventType.FINDING_OPENED, EventType.SCAN_FAILED),
                Severity.LOW, Set.of("vm_jit_enabled"));
        assertThat(filter.wants(EventType.FINDING_OPENED, Severity.LOW, "vm_jit_enabled")).isTrue();
        assertThat(filter.wants(EventType.FINDING_OPENED, Severity.LOW, "vm_nsg_attached")).isFalse();
        assertThat(filter.wants(EventType.FINDING_RESOLVED, Severity.LOW, "vm_jit_enabled")).isFalse();
        assertThat(filter.wants(EventType.SCAN_FAILED, null, null)).isTrue();
    }
}
