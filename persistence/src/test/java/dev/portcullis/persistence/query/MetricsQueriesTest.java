package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Remediation metrics read their counts, means and medians (numeric, double) by name, rounded to two places. */
@QuarkusTest
class MetricsQueriesTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T00:00:00Z");

    @Inject
    TestEstate estate;

    @Inject
    MetricsQueries metrics;

    private RowBuilder subscription;
    private int findings;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        subscription = estate.subscription(tenant.get("id"), "Production").insert();
    }

    private RowBuilder finding(String severity, String status, Instant firstSeen) {
        return estate.finding(subscription.get("id"), "check_" + findings++, "/subscriptions/x/vm-" + findings)
                .set("severity", severity).set("status", status).set("first_seen_at", firstSeen).insert();
    }

    private void resolvedAfter(String severity, Duration duration) {
        UUID id = finding(severity, "RESOLVED", OPENED).get("id");
        estate.findingEvent(id, "OPENED", OPENED).insert();
        estate.findingEvent(id, "RESOLVED", OPENED.plus(duration)).insert();
    }

    @Test
    void timeToResolveCountsAndAveragesEachSeverityAndLeavesTheOthersEmpty() {
        resolvedAfter("HIGH", Duration.ofHours(1));
        resolvedAfter("HIGH", Duration.ofHours(2));
        resolvedAfter("HIGH", Duration.ofMinutes(620));

        RemediationMetrics result = metrics.remediation(TenantScope.ALL, null, null, OPENED,
                OPENED.plus(Duration.ofDays(1)));

        assertThat(result.timeToResolve()).containsExactly(
                new RemediationMetrics.TimeToResolve("CRITICAL", 0, null, null),
                new RemediationMetrics.TimeToResolve("HIGH", 3, 4.44, 2.0),
                new RemediationMetrics.TimeToResolve("MEDIUM", 0, null, null),
                new RemediationMetrics.TimeToResolve("LOW", 0, null, null));
    }

    @Test
    void openFindingsAreCountedByAgeSinceTheyLastOpened() {
        Instant now = Instant.now();
        finding("HIGH", "OPEN", now.minus(3, ChronoUnit.DAYS));
        finding("LOW", "OPEN", now.minus(100, ChronoUnit.DAYS));
        UUID reopened = finding("LOW", "OPEN", now.minus(100, ChronoUnit.DAYS)).get("id");
        estate.findingEvent(reopened, "REOPENED", now.minus(10, ChronoUnit.DAYS)).insert();
        finding("LOW", "RESOLVED", now.minus(3, ChronoUnit.DAYS));

        RemediationMetrics result = metrics.remediation(TenantScope.ALL, null, subscription.get("subscription_id"),
                now.minus(1, ChronoUnit.DAYS), now);

        assertThat(result.openByAge()).containsExactly(new RemediationMetrics.AgeBucket("<1d", 0),
                new RemediationMetrics.AgeBucket("1-7d", 1), new RemediationMetrics.AgeBucket("7-30d", 1),
                new RemediationMetrics.AgeBucket("30-90d", 0), new RemediationMetrics.AgeBucket(">90d", 1));
    }
}
