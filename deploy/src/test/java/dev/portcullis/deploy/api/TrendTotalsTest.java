package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.TrendQueries;
import dev.portcullis.persistence.query.TrendQueries.TrendFilter;
import dev.portcullis.persistence.rollup.RollupWriter;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.DemoHistory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-day totals (tenant_daily_total, daily_total) against the rollups they summarise: after every kind of scan
 * the totals hold exactly what a recomputation from daily_rollup gives, and every trend the API and pages ask for
 * without a check or subscription (every tenant, one tenant, a caller's tenants; any range, by day or week) is the
 * trend computed from every rollup row. Also under concurrent writes of many subscriptions of two tenants.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class TrendTotalsTest {

    /** The totals recomputed from every rollup row, as the migration's backfill computes them. */
    private static final String RECOMPUTED_TENANT_TOTALS = """
            select s.tenant_ref, r.day, sum(r.passed - coalesce(r.pp, 0)), sum(r.failed - coalesce(r.pf, 0)),
                   sum(r.not_applicable - coalesce(r.pn, 0)), sum(r.suppressed - coalesce(r.ps, 0)),
                   sum(r.new_findings), sum(r.resolved_findings), count(*)
              from (select subscription_ref, day, passed, failed, not_applicable, suppressed, new_findings,
                           resolved_findings, lag(passed) over w as pp, lag(failed) over w as pf,
                           lag(not_applicable) over w as pn, lag(suppressed) over w as ps
                      from daily_rollup window w as (partition by subscription_ref, check_id order by day)) r
              join subscription s on s.id = r.subscription_ref
             group by s.tenant_ref, r.day""";
    private static final String RECOMPUTED_OVERALL_TOTALS = "select null, day, sum(passed), sum(failed),"
            + " sum(not_applicable), sum(suppressed), sum(new_findings), sum(resolved_findings), sum(rollups) from ("
            + RECOMPUTED_TENANT_TOTALS + ") as t (tenant_ref, day, passed, failed, not_applicable, suppressed,"
            + " new_findings, resolved_findings, rollups) group by day";

    @Inject
    TestDatabase database;

    @Inject
    TrendQueries trends;

    @Inject
    RollupWriter rollups;

    @Inject
    EntityManager em;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
    private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    private UUID contoso;
    private UUID fabrikam;

    @BeforeEach
    void twoTenantsOnboarded() {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
        JsonPath tenants = asAdmin().get("/api/v1/tenants").jsonPath();
        contoso = UUID.fromString(tenants.getString("items.find { it.tenantId == '" + DemoEstate.CONTOSO_TENANT_ID
                + "' }.id"));
        fabrikam = UUID.fromString(tenants.getString("items.find { it.tenantId == '"
                + DemoEstate.FABRIKAM_TENANT_ID + "' }.id"));
    }

    @AfterEach
    void backToToday() {
        simulator.serveDay(DemoHistory.TODAY);
    }

    private Instant daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }

    private JsonPath scanOnDay(int demoDay, Instant asOf, String scope) {
        simulator.serveDay(demoDay);
        String tenant = scope == null ? "" : "\"tenant\": \"" + scope + "\", ";
        return scanAndWait("{" + tenant + "\"asOf\": \"" + asOf + "\"}");
    }

    @Test
    void totalsAnswerEveryUnfilteredTrendAsTheRollupsDoThroughFailuresBackdatingAndOffboarding() {
        scanOnDay(0, daysAgo(10), null);
        assertTotalsMatchTheRollups("first scan of both tenants");

        scanOnDay(5, daysAgo(8), DemoEstate.CONTOSO_TENANT_ID);
        assertTotalsMatchTheRollups("Contoso alone; Fabrikam carried");

        JsonPath failing = scanOnDay(DemoHistory.FAILING_DAY, daysAgo(6), null);
        assertThat(failing.getString("status")).isEqualTo("PARTIAL");
        assertThat(failing.getList("subscriptions.status", String.class)).contains("FAILED");
        assertTotalsMatchTheRollups("a failed subscription: nothing written for it, carried");

        scanOnDay(DemoHistory.DEV_API_01_SSH_RULE_ADDED_AGAIN, daysAgo(4), null);
        assertTotalsMatchTheRollups("a later scan");

        scanOnDay(DemoHistory.WEB_CANARY_01_DELETED, daysAgo(7), null);
        assertTotalsMatchTheRollups("back-dated between two scanned days");

        Instant sameDayEarlier = LocalDate.ofInstant(daysAgo(8), ZoneOffset.UTC).atStartOfDay()
                .toInstant(ZoneOffset.UTC).plusSeconds(60);
        scanOnDay(DemoHistory.LAB_FTP_01_CREATED, sameDayEarlier, DemoEstate.FABRIKAM_TENANT_ID);
        assertTotalsMatchTheRollups("back-dated onto a day already scanned");

        scanOnDay(DemoHistory.TODAY, now, null);
        scanOnDay(DemoHistory.TODAY, now.plusSeconds(30), null);
        assertTotalsMatchTheRollups("two scans today");
        aCallerOfOneTenantSeesOnlyThatTenantsTrend();

        List<TrendPoint> contosoBefore = trends.daily(TenantScope.ALL, new TrendFilter(contoso, null, null),
                today.minusDays(12), today);
        asAdmin().delete("/api/v1/tenants/" + contoso + "?history=keep&confirm=" + DemoEstate.CONTOSO_TENANT_ID)
                .then().statusCode(204);
        scanOnDay(DemoHistory.TODAY, now.plusSeconds(45), null);
        assertTotalsMatchTheRollups("Contoso offboarded with its history, Fabrikam scanned again");
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(contoso, null, null), today.minusDays(12), today))
                .as("offboarding with the history kept leaves the tenant's trend as it was")
                .isEqualTo(contosoBefore);

        asAdmin().delete("/api/v1/tenants/" + fabrikam + "?history=purge&confirm=" + DemoEstate.FABRIKAM_TENANT_ID)
                .then().statusCode(204);
        assertTotalsMatchTheRollups("Fabrikam purged");
        assertThat(count("select count(*) from tenant_daily_total where tenant_ref = '" + fabrikam + "'"))
                .as("a purged tenant leaves no totals").isZero();
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(null, null, null), today.minusDays(12), today))
                .as("the overall trend is Contoso's alone once Fabrikam is purged")
                .isEqualTo(contosoBefore);
    }

    private void aCallerOfOneTenantSeesOnlyThatTenantsTrend() {
        String viewer = People.account("trend-viewer", "VIEWER", List.of(DemoEstate.CONTOSO_TENANT_ID));
        String from = today.minusDays(12).toString();
        List<Map<String, Object>> own = People.as(viewer).queryParam("from", from).get("/api/v1/trends").then()
                .statusCode(200).extract().jsonPath().getList("points");
        List<Map<String, Object>> contosoForAdmin = asAdmin().queryParam("from", from)
                .queryParam("tenant", DemoEstate.CONTOSO_TENANT_ID).get("/api/v1/trends").jsonPath().getList("points");
        List<Map<String, Object>> everything = asAdmin().queryParam("from", from).get("/api/v1/trends").jsonPath()
                .getList("points");

        assertThat(own).isNotEmpty().isEqualTo(contosoForAdmin).isNotEqualTo(everything);
        assertThat(People.as(viewer).queryParam("from", from).queryParam("granularity", "week").get("/api/v1/trends")
                .jsonPath().getList("points")).isNotEmpty().isEqualTo(asAdmin().queryParam("from", from)
                .queryParam("granularity", "week").queryParam("tenant", DemoEstate.CONTOSO_TENANT_ID)
                .get("/api/v1/trends").jsonPath().getList("points"));
        assertThat(People.as(viewer).queryParam("tenant", DemoEstate.FABRIKAM_TENANT_ID).get("/api/v1/trends")
                .statusCode()).as("another tenant reads as unknown").isEqualTo(404);
        assertThat(trends.daily(TenantScope.of(Set.of(contoso)), new TrendFilter(fabrikam, null, null),
                today.minusDays(12), today)).isEmpty();
    }

    @Test
    void concurrentWritesOfManySubscriptionsKeepTheTotalsExact() throws Exception {
        String scanId = scanOnDay(DemoHistory.TODAY, now, null).getString("id");
        List<UUID> subscriptions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from subscription order by id").getResultList()).stream().map(UUID.class::cast).toList();
        assertThat(subscriptions).hasSize(4);
        List<String> checks = CheckCatalogue.standard().definitions().stream().map(d -> d.id()).toList();
        // two writers per subscription, serialised by the ledger's lock; four subscriptions of two tenants at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            UUID subscription = subscriptions.get(w % 4);
            Random random = new Random(w);
            writers.add(pool.submit(() -> {
                start.await();
                int committed = 0;
                for (int i = 0; i < 20; i++) {
                    Instant at = daysAgo(random.nextInt(20)).minusSeconds(random.nextInt(3600));
                    boolean rollBack = random.nextInt(6) == 0;
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                                    .setParameter("key", "apply subscription " + subscription).getSingleResult();
                            UUID subscriptionScan = UUID.randomUUID();
                            em.createNativeQuery("insert into subscription_scan (id, scan_ref, subscription_ref,"
                                            + " status) values (:id, :scan, :subscription, 'SUCCEEDED')")
                                    .setParameter("id", subscriptionScan).setParameter("scan", UUID.fromString(scanId))
                                    .setParameter("subscription", subscription).executeUpdate();
                            rollups.write(subscriptionScan, subscription, at, checks.stream()
                                    .map(c -> new RollupWriter.CheckCounts(c, random.nextInt(50), random.nextInt(50),
                                            random.nextInt(5), random.nextInt(3), random.nextInt(4),
                                            random.nextInt(4)))
                                    .toList());
                            if (rollBack) {
                                throw new IllegalStateException("rolled back on purpose");
                            }
                        });
                        committed++;
                    } catch (IllegalStateException expected) {
                        assertThat(expected).hasMessage("rolled back on purpose");
                    }
                }
                return committed;
            }));
        }
        start.countDown();
        int committed = 0;
        for (Future<Integer> writer : writers) {
            committed += writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(committed).isGreaterThan(100);
        assertTotalsMatchTheRollups("after concurrent writes");
    }

    /** The totals equal their recomputation, and every unfiltered trend equals the one computed from every rollup. */
    private void assertTotalsMatchTheRollups(String after) {
        assertThat(rows("select tenant_ref, day, passed_change, failed_change, not_applicable_change,"
                + " suppressed_change, new_findings, resolved_findings, rollups from tenant_daily_total"))
                .as("tenant totals " + after).isEqualTo(rows(RECOMPUTED_TENANT_TOTALS));
        assertThat(rows("select null, day, passed_change, failed_change, not_applicable_change, suppressed_change,"
                + " new_findings, resolved_findings, rollups from daily_total"))
                .as("overall totals " + after).isEqualTo(rows(RECOMPUTED_OVERALL_TOTALS));

        List<TenantScope> scopes = List.of(TenantScope.ALL, TenantScope.of(Set.of(contoso)),
                TenantScope.of(Set.of(fabrikam)), TenantScope.of(Set.of(contoso, fabrikam)), TenantScope.of(Set.of()));
        List<UUID> tenants = Arrays.asList(null, contoso, fabrikam);
        List<LocalDate[]> ranges = List.of(new LocalDate[]{today.minusDays(12), today},
                new LocalDate[]{today.minusDays(7), today.minusDays(5)},
                new LocalDate[]{today.minusDays(6), today.minusDays(6)},
                new LocalDate[]{today.minusDays(40), today.minusDays(11)},
                new LocalDate[]{today.minusDays(25), today.plusDays(2)});
        for (TenantScope scope : scopes) {
            for (UUID tenant : tenants) {
                TrendFilter filter = new TrendFilter(tenant, null, null);
                for (LocalDate[] range : ranges) {
                    assertThat(trends.daily(scope, filter, range[0], range[1]))
                            .as("%s: %s, tenant %s, %s to %s", after, scope, tenant, range[0], range[1])
                            .isEqualTo(trends.dailyFromRollups(scope, filter, range[0], range[1]));
                }
            }
        }
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(null, null, null), today.minusDays(12), today))
                .as("the comparison is not between two empty trends").isNotEmpty();
    }

    /** The rows of a query as sorted strings, numbers compared by value. */
    @SuppressWarnings("unchecked")
    private List<String> rows(String sql) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList());
        List<String> out = new ArrayList<>();
        for (Object[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (Object value : row) {
                line.append(value instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(value))
                        .append('|');
            }
            out.add(line.toString());
        }
        Collections.sort(out);
        return out;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
