package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Findings read with their subscription's id and last good scan, and their events, each value under its name. */
@QuarkusTest
class FindingQueriesTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant LAST_SEEN = Instant.parse("2026-02-03T10:00:00Z");

    @Inject
    TestEstate estate;

    @Inject
    FindingQueries findings;

    private RowBuilder subscription;
    private String vmId;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        subscription = estate.subscription(tenant.get("id"), "Production").insert();
        vmId = "/subscriptions/" + subscription.get("subscription_id")
                + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/web-1";
    }

    private RowBuilder finding(String checkId) {
        return estate.finding(subscription.get("id"), checkId, vmId).set("first_seen_at", FIRST_SEEN)
                .set("last_seen_at", LAST_SEEN);
    }

    @Test
    void aListedFindingCarriesItsOwnColumnsAndItsSubscriptionsId() {
        RowBuilder open = finding("vm_jit_enabled").set("severity", "CRITICAL").set("detail", "{\"port\":22}")
                .set("reopen_count", 2).insert();

        Page<FindingView> page = findings.list(TenantScope.ALL, new FindingFilter(null, null, null, null, null), 0,
                10);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).containsExactly(new FindingView(open.get("id"), "vm_jit_enabled", vmId, "web-1",
                subscription.get("subscription_id"), "Production", "CRITICAL", "OPEN", FIRST_SEEN, LAST_SEEN, null, 2,
                "{\"port\":22}", false));
    }

    @Test
    void anOpenFindingWasLastSeenAtItsSubscriptionsLastGoodScanWhenThatIsLater() {
        Instant lastGoodScan = Instant.parse("2026-02-09T10:00:00Z");
        estate.execute("update subscription set last_good_scan_at = :at where id = :id",
                Map.of("at", lastGoodScan, "id", subscription.get("id")));
        RowBuilder open = finding("vm_jit_enabled").insert();
        Instant resolvedAt = Instant.parse("2026-02-04T10:00:00Z");
        RowBuilder resolved = finding("vm_nsg_no_open_ssh").set("status", "RESOLVED")
                .set("resolved_at", resolvedAt).insert();

        FindingView openView = findings.find(TenantScope.ALL, open.get("id")).orElseThrow();
        FindingView resolvedView = findings.find(TenantScope.ALL, resolved.get("id")).orElseThrow();

        assertThat(openView.lastSeenAt()).isEqualTo(lastGoodScan);
        assertThat(openView.resolvedAt()).isNull();
        assertThat(openView.detail()).isNull();
        assertThat(resolvedView.lastSeenAt()).isEqualTo(LAST_SEEN);
        assertThat(resolvedView.resolvedAt()).isEqualTo(resolvedAt);
    }

    @Test
    void findingsOfASubscriptionWhoseLatestScanFailedAreStale() {
        RowBuilder scan = estate.scan("FAILED").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "FAILED")
                .set("started_at", Instant.parse("2026-02-10T00:00:00Z")).insert();
        RowBuilder open = finding("vm_jit_enabled").insert();

        assertThat(findings.find(TenantScope.ALL, open.get("id")).orElseThrow().stale()).isTrue();
        assertThat(findings.ofResource(TenantScope.ALL, vmId.toUpperCase())).extracting(FindingView::stale)
                .containsExactly(true);
        assertThat(findings.list(TenantScope.ALL, new FindingFilter(FindingStatus.OPEN, null, null, null, null), 0, 10)
                .items())
                .extracting(FindingView::stale).containsExactly(true);
    }

    @Test
    void openFindingsAreCountedBySeverity() {
        finding("a").set("severity", "HIGH").insert();
        finding("b").set("severity", "HIGH").insert();
        finding("c").set("severity", "LOW").insert();
        finding("d").set("severity", "LOW").set("status", "RESOLVED").insert();

        assertThat(findings.openBySeverity(TenantScope.ALL)).isEqualTo(Map.of("HIGH", 2L, "LOW", 1L));
    }

    @Test
    void theEventsOfFindingsCarryTheirTypeTimeScanAndReason() {
        RowBuilder first = finding("a").insert();
        RowBuilder second = finding("b").insert();
        UUID scanId = UUID.randomUUID();
        Instant opened = Instant.parse("2026-02-01T10:00:00Z");
        Instant suppressed = Instant.parse("2026-02-02T11:00:00Z");
        estate.findingEvent(first.get("id"), "OPENED", opened).set("scan_ref", scanId).insert();
        estate.findingEvent(first.get("id"), "SUPPRESSED", suppressed).set("reason", "accepted risk").insert();
        estate.findingEvent(second.get("id"), "OPENED", opened).set("scan_ref", scanId).insert();

        Map<UUID, List<FindingEventView>> events = findings.eventsOf(List.of(first.get("id"), second.get("id")));

        assertThat(events.get((UUID) first.get("id"))).containsExactly(
                new FindingEventView("OPENED", opened, scanId, null),
                new FindingEventView("SUPPRESSED", suppressed, null, "accepted risk"));
        assertThat(events.get((UUID) second.get("id"))).containsExactly(
                new FindingEventView("OPENED", opened, scanId, null));
    }
}
