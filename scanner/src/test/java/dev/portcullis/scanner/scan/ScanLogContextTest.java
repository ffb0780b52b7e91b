package dev.portcullis.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScanLogContextTest {

    private static final UUID SCAN = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void idsAreInTheLoggingContextWhileOpenAndGoneAfter() {
        try (ScanLogContext log = ScanLogContext.open(SCAN, "tenant-guid", "subscription-guid")) {
            assertThat(MDC.get("scanId")).isEqualTo(SCAN.toString());
            assertThat(MDC.get("tenantId")).isEqualTo("tenant-guid");
            assertThat(MDC.get("subscriptionId")).isEqualTo("subscription-guid");
            assertThat(MDC.get("scan")).isEqualTo("scan=" + SCAN + " tenant=tenant-guid subscription=subscription-guid ");
        }
        assertThat(MDC.getMap()).isEmpty();
    }

    @Test
    void closingPutsBackWhatWasThere() {
        MDC.put("scanId", "outer");
        try (ScanLogContext log = ScanLogContext.open(SCAN, null, "subscription-guid")) {
            assertThat(MDC.get("scanId")).isEqualTo(SCAN.toString());
            assertThat(MDC.get("tenantId")).isNull();
            assertThat(MDC.get("scan")).isEqualTo("scan=" + SCAN + " subscription=subscription-guid ");
        }
        assertThat(MDC.get("scanId")).isEqualTo("outer");
        assertThat(MDC.get("subscriptionId")).isNull();
    }
}
