package dev.portcullis.engine.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeEventTest {

    private static final String NSG = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
            + "networkSecurityGroups/nsg";
    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void theActivityLogsAndEventGridsReportsOfOneOperationAreOneChange() {
        ChangeEvent polled = new ChangeEvent(ChangeSource.ACTIVITY_LOG, "log-1", "CORR-1",
                "Microsoft.Network/networkSecurityGroups/write", "Succeeded", NSG, "s", "alice", AT);
        ChangeEvent pushed = new ChangeEvent(ChangeSource.EVENT_GRID, "grid-9", "corr-1",
                "microsoft.network/networksecuritygroups/write", "Succeeded", NSG.toUpperCase() + "/", "s", null, AT);

        assertThat(pushed.identity()).isEqualTo(polled.identity());
    }

    @Test
    void writesOfTheSameOperationToTwoResourcesOrTwoOperationsAreTwoChanges() {
        ChangeEvent rule = new ChangeEvent(ChangeSource.ACTIVITY_LOG, "a", "c", "Microsoft.Network/networkSecurityGroups/"
                + "securityRules/write", "Succeeded", NSG + "/securityRules/one", "s", null, AT);
        ChangeEvent other = new ChangeEvent(ChangeSource.ACTIVITY_LOG, "b", "c", rule.operation(), "Succeeded",
                NSG + "/securityRules/two", "s", null, AT);
        ChangeEvent delete = new ChangeEvent(ChangeSource.ACTIVITY_LOG, "d", "c", "Microsoft.Network/"
                + "networkSecurityGroups/securityRules/delete", "Succeeded", NSG + "/securityRules/one", "s", null, AT);

        assertThat(rule.identity()).isNotEqualTo(other.identity()).isNotEqualTo(delete.identity());
    }

    @Test
    void withoutACorrelationIdAReportIsKnownByItsOwnId() {
        ChangeEvent first = new ChangeEvent(ChangeSource.EVENT_GRID, "grid-1", null,
                "Microsoft.Network/networkSecurityGroups/write", "Succeeded", NSG, "s", null, AT);
        ChangeEvent again = new ChangeEvent(ChangeSource.EVENT_GRID, "grid-1", " ", first.operation(), "Succeeded",
                NSG, "s", null, AT.plusSeconds(5));
        ChangeEvent other = new ChangeEvent(ChangeSource.EVENT_GRID, "grid-2", null, first.operation(), "Succeeded",
                NSG, "s", null, AT);

        assertThat(again.identity()).isEqualTo(first.identity()).isNotEqualTo(other.identity());
    }
}
