package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.simulator.ArmSimulator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class HistoryApiTest {

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void scanTheDemoEstate() {
        freshScanOfSimulatedEstate(database, simulator);
    }

    private static long openFindings() {
        return asAdmin().queryParam("status", "OPEN").queryParam("size", 1).get("/api/v1/findings").jsonPath()
                .getLong("total");
    }

    @Test
    void todaysTrendPointCountsTheScanAndTheFindingsItOpened() {
        Map<String, Object> point = asAdmin().queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/v1/trends").then().statusCode(200).extract().jsonPath().getMap("points[0]");

        assertThat(point.get("date")).isEqualTo(today.toString());
        assertThat(((Number) point.get("openFindings")).longValue()).isEqualTo(openFindings());
        assertThat(((Number) point.get("failed")).longValue()).isEqualTo(openFindings());
        assertThat(((Number) point.get("newFindings")).longValue()).isEqualTo(openFindings());
        assertThat(((Number) point.get("resolvedFindings")).longValue()).isZero();
        assertThat(point.get("carried")).isEqualTo(false);
        double passed = ((Number) point.get("passed")).doubleValue();
        double failed = ((Number) point.get("failed")).doubleValue();
        assertThat(((Number) point.get("compliancePercent")).doubleValue())
                .isCloseTo(100 * passed / (passed + failed), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void secondScanOnTheSameDayReplacesCountsAndAddsNoNewFindings() {
        scanAndWait("{}");

        Map<String, Object> point = asAdmin().queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/v1/trends").jsonPath().getMap("points[0]");

        assertThat(((Number) point.get("failed")).longValue()).isEqualTo(openFindings());
        assertThat(((Number) point.get("newFindings")).longValue()).isEqualTo(openFindings());
    }

    @Test
    void daysWithoutAScanCarryTheLastKnownStateForwardAndSaySo() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update daily_rollup set day = :old").setParameter("old", java.sql.Date.valueOf(today.minusDays(3)))
                .executeUpdate());

        List<Map<String, Object>> points = asAdmin().queryParam("from", today.minusDays(5).toString())
                .queryParam("to", today.toString()).get("/api/v1/trends").jsonPath().getList("points");

        assertThat(points).extracting(p -> p.get("date")).containsExactly(today.minusDays(3).toString(),
                today.minusDays(2).toString(), today.minusDays(1).toString(), today.toString());
        assertThat(points).extracting(p -> p.get("carried")).containsExactly(false, true, true, true);
        assertThat(points).extracting(p -> p.get("failed")).containsOnly(points.get(0).get("failed"));
        assertThat(points.subList(1, 4)).extracting(p -> ((Number) p.get("newFindings")).intValue()).containsOnly(0);
    }

    @Test
    void weeklyPointsStartOnMondays() {
        List<String> dates = asAdmin().queryParam("granularity", "week").queryParam("from",
                today.minusDays(20).toString()).get("/api/v1/trends").jsonPath().getList("points.date", String.class);

        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(LocalDate.parse(d).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void trendsFilterByCheck() {
        JsonPath trend = asAdmin().queryParam("checkId", "subscription_defender_servers_p2")
                .queryParam("from", today.toString()).get("/api/v1/trends").jsonPath();

        long failingSubscriptions = simulator.estate().subscriptions().stream()
                .filter(s -> s.expectedDefenderP2() == dev.portcullis.simulator.estate.Expectation.FAIL).count();
        assertThat(trend.getLong("points[0].failed")).isEqualTo(failingSubscriptions);
        assertThat(trend.getLong("points[0].passed") + trend.getLong("points[0].failed"))
                .isEqualTo(simulator.estate().subscriptions().size());
    }

    @Test
    void findingEventsListTheOpeningWithItsScan() {
        String findingId = asAdmin().queryParam("checkId", "vm_jit_enabled").get("/api/v1/findings").jsonPath()
                .getString("items[0].id");

        JsonPath events = asAdmin().get("/api/v1/findings/" + findingId + "/events").then().statusCode(200).extract()
                .jsonPath();

        assertThat(events.getList("items.type", String.class)).containsExactly("OPENED");
        assertThat(events.getString("items[0].scanId")).isNotNull();
        assertThat(events.getString("items[0].at")).isNotNull();
    }

    @Test
    void firstScanDiffOpensEveryFindingAndASecondScanChangesNothing() {
        String first = asAdmin().get("/api/v1/scans").jsonPath().getString("items[0].id");
        JsonPath firstDiff = asAdmin().get("/api/v1/scans/" + first + "/diff").then().statusCode(200).extract()
                .jsonPath();
        int opened = firstDiff.getList("subscriptions", Map.class).stream()
                .mapToInt(s -> ((List<?>) s.get("opened")).size()).sum();

        assertThat((long) opened).isEqualTo(openFindings());
        assertThat(firstDiff.getList("subscriptions.previousScanId")).containsOnlyNulls();
        assertThat(firstDiff.getMap("subscriptions[0].opened[0]")).containsKeys("id", "checkId", "resourceId",
                "severity", "status", "firstSeenAt");

        String second = scanAndWait("{}").getString("id");
        JsonPath secondDiff = asAdmin().get("/api/v1/scans/" + second + "/diff").jsonPath();

        assertThat(secondDiff.getList("subscriptions.previousScanId", String.class)).containsOnly(first);
        assertThat(secondDiff.getList("subscriptions", Map.class)).allSatisfy(s -> {
            assertThat((List<?>) s.get("opened")).isEmpty();
            assertThat((List<?>) s.get("resolved")).isEmpty();
            assertThat((List<?>) s.get("reopened")).isEmpty();
        });
    }

    @Test
    void remediationMetricsCountOpenFindingsByAgeAndNoResolutionsYet() {
        JsonPath metrics = asAdmin().get("/api/v1/metrics/remediation").then().statusCode(200).extract().jsonPath();

        assertThat(metrics.getList("openByAge.bucket", String.class))
                .containsExactly("<1d", "1-7d", "7-30d", "30-90d", ">90d");
        assertThat(metrics.getLong("openByAge[0].count")).isEqualTo(openFindings());
        assertThat(metrics.getList("timeToResolve.severity", String.class))
                .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(metrics.getList("timeToResolve.resolved", Long.class)).containsOnly(0L);
    }

    @Inject
    dev.portcullis.persistence.retention.RetentionPurge retention;

    @Test
    void purgeDeletesOldScansAndEventsButNeverATrend() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> before = asAdmin().queryParam("from", today).get("/api/v1/trends").jsonPath()
                .getMap("points[0]");

        dev.portcullis.persistence.retention.RetentionPurge.Purged purged =
                retention.purgeOlderThan(java.time.Instant.now().plusSeconds(1));

        assertThat(purged.scans()).isPositive();
        assertThat(purged.events()).isPositive();
        assertThat(asAdmin().get("/api/v1/scans").jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().queryParam("from", today).get("/api/v1/trends").jsonPath().getMap("points[0]"))
                .isEqualTo(before);
        assertThat(openFindings()).isPositive();
    }

    private long rows(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table).getSingleResult()).longValue());
    }

    @Test
    void rescanningAnUnchangedEstateAddsScanAndRollupRowsButNoFindingEventOrInventoryRows() {
        Map<String, Long> before = new java.util.HashMap<>();
        List<String> tables = List.of("finding", "finding_event", "virtual_machine", "jit_policy", "scan",
                "subscription_scan", "scan_rollup", "daily_rollup");
        tables.forEach(t -> before.put(t, rows(t)));

        JsonPath rescan = scanAndWait("{}");

        java.time.Instant started = java.time.Instant.parse(rescan.getString("startedAt"));
        java.time.Instant finished = java.time.Instant.parse(rescan.getString("finishedAt"));
        assertThat(asAdmin().queryParam("status", "OPEN").get("/api/v1/findings").jsonPath()
                .getList("items.lastSeenAt", String.class)).allSatisfy(t ->
                assertThat(java.time.Instant.parse(t)).isBetween(started, finished));
        assertThat(rows("finding")).isEqualTo(before.get("finding"));
        assertThat(rows("finding_event")).isEqualTo(before.get("finding_event"));
        assertThat(rows("virtual_machine")).isEqualTo(before.get("virtual_machine"));
        assertThat(rows("jit_policy")).isEqualTo(before.get("jit_policy"));
        assertThat(rows("scan")).isEqualTo(before.get("scan") + 1);
        assertThat(rows("subscription_scan")).isEqualTo(before.get("subscription_scan") + 4);
        assertThat(rows("scan_rollup")).as("one row per subscription and check")
                .isEqualTo(before.get("scan_rollup") + 4L * CheckCatalogue.standard().definitions().size());
        assertThat(rows("daily_rollup")).isEqualTo(before.get("daily_rollup"));
    }

    @Test
    void badHistoryRequestsAreProblems() {
        assertProblem(asAdmin().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .get("/api/v1/trends"), 400, "from");
        assertProblem(asAdmin().queryParam("from", "yesterday").get("/api/v1/trends"), 400, "from");
        assertProblem(asAdmin().queryParam("from", "1900-01-01").get("/api/v1/trends"), 400, "from");
        assertProblem(asAdmin().queryParam("from", "2020-01-01").queryParam("to", "2026-01-01")
                .get("/api/v1/trends"), 400, "from");
        assertProblem(asAdmin().queryParam("granularity", "hour").get("/api/v1/trends"), 400, "granularity");
        assertProblem(asAdmin().queryParam("checkId", "nope").get("/api/v1/trends"), 400, "checkId");
        assertProblem(asAdmin().get("/api/v1/findings/6f1c2d3e-0000-4000-8000-000000000000/events"), 404, "id");
        assertProblem(asAdmin().get("/api/v1/findings/x/events"), 400, "id");
        assertProblem(asAdmin().get("/api/v1/scans/6f1c2d3e-0000-4000-8000-000000000000/diff"), 404, "id");
        assertProblem(asAdmin().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .get("/api/v1/metrics/remediation"), 400, "from");
        assertProblem(asAdmin().queryParam("to", "soon").get("/api/v1/metrics/remediation"), 400, "to");
    }
}
