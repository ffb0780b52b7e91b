package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operators' figures read their counts and times by name, a subscription never scanned included. */
@QuarkusTest
class MonitoringQueriesTest {

    @Inject
    TestEstate estate;

    @Inject
    MonitoringQueries monitoring;

    private RowBuilder subscription;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        subscription = estate.subscription(tenant.get("id"), "Production")
                .set("created_at", Instant.parse("2026-01-02T03:04:05Z")).insert();
    }

    @Test
    void openFindingsAreCountedBySeverityAndCheck() {
        estate.finding(subscription.get("id"), "vm_jit_enabled", "/vm-1").set("severity", "HIGH").insert();
        estate.finding(subscription.get("id"), "vm_jit_enabled", "/vm-2").set("severity", "HIGH").insert();
        estate.finding(subscription.get("id"), "vm_jit_enabled", "/vm-3").set("status", "RESOLVED").insert();

        assertThat(monitoring.openFindings()).containsExactly(
                new MonitoringQueries.OpenFindings(Severity.HIGH, "vm_jit_enabled", 2));
    }

    @Test
    void aSubscriptionShowsWhenItsLatestSuccessfulScanFinishedAndWhenItWasOnboarded() {
        RowBuilder other = estate.subscription(subscription.get("tenant_ref"), "Never scanned").insert();
        RowBuilder scan = estate.scan("SUCCEEDED").insert();
        Instant finished = Instant.parse("2026-03-01T06:05:00Z");
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "SUCCEEDED")
                .set("started_at", Instant.parse("2026-03-01T06:00:00Z")).set("finished_at", finished).insert();

        assertThat(monitoring.lastSuccesses()).containsExactlyInAnyOrder(
                new MonitoringQueries.LastSuccess(subscription.get("subscription_id"), finished,
                        Instant.parse("2026-01-02T03:04:05Z")),
                new MonitoringQueries.LastSuccess(other.get("subscription_id"), null,
                        Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void scanJobsAreCountedAsQueuedAndRunning() {
        RowBuilder scan = estate.scan("RUNNING").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "QUEUED").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "QUEUED").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "RUNNING").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "SUCCEEDED").insert();

        assertThat(monitoring.scanJobs()).isEqualTo(new MonitoringQueries.ScanJobs(2, 1));
    }
}
