package dev.portcullis.engine.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.checks.CheckResult;
import dev.portcullis.engine.checks.Outcome;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final String SUB = "c0a70500-0001-4000-8000-00000000a001";
    private static final String VM = "/subscriptions/" + SUB + "/resourceGroups/RG-Web/providers/Microsoft.Compute/"
            + "virtualMachines/web-01";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final CheckResult FAIL = new CheckResult("vm_jit_enabled", VM, "web-01", Outcome.FAIL, "d");

    @Test
    void resourceSuppressionMatchesItsCheckOnThatResourceWhateverTheCase() {
        Suppression s = new Suppression("vm_jit_enabled", VM.toLowerCase(), null, null, null, null, null);
        assertThat(s.matches(FAIL, Map.of(), NOW)).isTrue();
        assertThat(s.matches(new CheckResult("vm_nsg_attached", VM, "web-01", Outcome.FAIL, "d"), Map.of(), NOW))
                .isFalse();
    }

    @Test
    void resourceGroupSuppressionNeedsTheSameSubscription() {
        assertThat(new Suppression(null, null, SUB, "rg-web", null, null, null).matches(FAIL, Map.of(), NOW)).isTrue();
        assertThat(new Suppression(null, null, "fab21ca0-0001-4000-8000-00000000b001", "rg-web", null, null, null)
                .matches(FAIL, Map.of(), NOW)).isFalse();
    }

    @Test
    void tagSuppressionMatchesKeyCaseInsensitivelyAndValueExactly() {
        Suppression s = new Suppression(null, null, null, null, "Environment", "lab", null);
        assertThat(s.matches(FAIL, Map.of("environment", "lab"), NOW)).isTrue();
        assertThat(s.matches(FAIL, Map.of("environment", "Lab"), NOW)).isFalse();
        assertThat(s.matches(FAIL, Map.of(), NOW)).isFalse();
    }

    @Test
    void expiredSuppressionNoLongerApplies() {
        Suppression s = new Suppression(null, VM, null, null, null, null, NOW.minusSeconds(1));
        assertThat(s.matches(FAIL, Map.of(), NOW)).isFalse();
        assertThat(new Suppression(null, VM, null, null, null, null, NOW.plusSeconds(60)).matches(FAIL, Map.of(), NOW))
                .isTrue();
    }
}
