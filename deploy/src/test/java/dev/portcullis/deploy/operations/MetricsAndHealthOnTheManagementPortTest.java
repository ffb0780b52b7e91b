package dev.portcullis.deploy.operations;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.deploy.packaging.PromQlMetricNames;
import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.PrometheusScrape;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimTenant;
import dev.portcullis.simulator.estate.SimVm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health and Prometheus metrics are on the management port, without login, and nowhere else. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class MetricsAndHealthOnTheManagementPortTest {

    @Inject
    TestDatabase database;

    @TestHTTPResource(value = "/metrics", management = true) // under the management root, /q
    URL metrics;

    @TestHTTPResource(value = "/health", management = true) // under the management root, /q
    URL health;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @Test
    void everyPortcullisMetricIsScrapedWithoutLoginAfterAScan() {
        JsonPath scan = freshScanOfSimulatedEstate(database, simulator);
        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");

        PrometheusScrape scrape = PrometheusScrape.of(metrics);

        int subscriptions = simulator.estate().subscriptions().size();
        assertThat(scrape.value("portcullis_subscription_scan_seconds_count", Map.of("status", "succeeded")))
                .hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(subscriptions));
        assertThat(scrape.named("portcullis_subscription_scan_seconds_bucket")).as("a histogram with buckets")
                .extracting(sample -> sample.label("le")).contains("1.0", "60.0", "900.0", "+Inf");
        for (SimTenant tenant : simulator.estate().tenants()) {
            Map<String, String> ofTenant = Map.of("tenant", tenant.tenantId());
            assertThat(scrape.value("portcullis_arm_requests_total", ofTenant)).as(tenant.displayName())
                    .hasValueSatisfying(requests -> assertThat(requests).isPositive());
            assertThat(scrape.value("portcullis_arm_throttled_total", ofTenant)).isPresent();
            assertThat(scrape.value("portcullis_arm_backoffs_total", ofTenant)).isPresent();
        }
        assertThat(scrape.named("portcullis_findings_open")).isNotEmpty();
        for (SimSubscription subscription : simulator.estate().subscriptions()) {
            assertThat(scrape.value("portcullis_subscription_last_success_age_seconds",
                    Map.of("subscription", subscription.subscriptionId())))
                    .as("scanned a moment ago: %s", subscription.displayName())
                    .hasValueSatisfying(age -> assertThat(age).isBetween(0.0, 120.0));
        }
        assertThat(scrape.value("portcullis_scan_jobs", Map.of("state", "queued"))).hasValue(0.0);
        assertThat(scrape.value("portcullis_scan_jobs", Map.of("state", "running"))).hasValue(0.0);
        assertThat(scrape.named("jvm_memory_used_bytes")).as("JVM metrics stay on").isNotEmpty();
        assertThat(scrape.named("http_server_requests_seconds_count")).as("HTTP metrics stay on").isNotEmpty();
        assertThat(seriesTheDashboardReads()).as("every series the Grafana dashboard reads is exposed").isNotEmpty()
                .allSatisfy(series -> assertThat(scrape.named(series)).as(series).isNotEmpty());
    }

    @Test
    void openFindingGaugesEqualTheOpenFindingsTheApiLists() {
        freshScanOfSimulatedEstate(database, simulator);
        Map<String, Long> listed = openFindingsByLabels();
        assertThat(listed).isNotEmpty();

        PrometheusScrape scrape = PrometheusScrape.of(metrics);

        Map<String, Long> gauged = scrape.named("portcullis_findings_open").stream()
                .filter(sample -> sample.value() > 0)
                .collect(Collectors.toMap(sample -> sample.label("severity") + " " + sample.label("check"),
                        sample -> (long) sample.value()));
        assertThat(gauged).isEqualTo(listed);
        assertThat(scrape.named("portcullis_findings_open")).as("every check of the catalogue, at 0 when clean")
                .extracting(sample -> sample.label("check"))
                .containsAll(asAdmin().get("/api/v1/checks").jsonPath().getList("items.id", String.class));
    }

    /** "SEVERITY check" → open findings, as GET /api/v1/findings lists them page by page. */
    private static Map<String, Long> openFindingsByLabels() {
        Map<String, Long> counts = new HashMap<>();
        int page = 0;
        long total;
        do {
            JsonPath findings = asAdmin().queryParam("status", "OPEN").queryParam("size", 1000)
                    .queryParam("page", page++).get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
            total = findings.getLong("total");
            findings.getList("items", Map.class).forEach(item -> counts.merge(item.get("severity") + " "
                    + item.get("checkId"), 1L, Long::sum));
        } while ((long) page * 1000 < total);
        return counts;
    }

    @Test
    void noLabelValueNamesAVirtualMachine() {
        freshScanOfSimulatedEstate(database, simulator);
        SimVm vm = simulator.estate().virtualMachines().get(0);
        CookieFilter session = People.signedIn("admin", ADMIN_PASSWORD);
        given().filter(session).queryParam("id", vm.resourceId()).get("/vm").then().statusCode(200);
        String findingId = asAdmin().queryParam("size", 1).get("/api/v1/findings").jsonPath().getString("items[0].id");
        asAdmin().get("/api/v1/findings/" + findingId).then().statusCode(200);
        given().filter(session).get("/findings/" + findingId).then().statusCode(200);
        given().get("/api/v1/vms" + vm.resourceId()).then().statusCode(401);
        asAdmin().get("/api/v1/vms" + vm.resourceId()).then().statusCode(404);
        given().filter(session).redirects().follow(false).get(vm.resourceId()).statusCode();

        PrometheusScrape scrape = PrometheusScrape.of(metrics);

        Set<String> vmIds = simulator.estate().virtualMachines().stream()
                .map(v -> v.resourceId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(scrape.samples()).isNotEmpty().allSatisfy(sample -> sample.labels().values().forEach(value -> {
            String lower = value.toLowerCase(Locale.ROOT);
            assertThat(lower).as("%s %s", sample.name(), sample.labels())
                    .doesNotContain("/virtualmachines/").doesNotContainPattern("/subscriptions/[0-9a-f-]{36}");
            assertThat(vmIds).as("%s %s", sample.name(), sample.labels()).doesNotContain(lower);
        }));
        assertThat(scrape.named("http_server_requests_seconds_count")).extracting(sample -> sample.label("uri"))
                .as("templates, not paths").contains("/api/v1/findings/{id}");
    }

    @Test
    void aSubscriptionNeverScannedSuccessfullyAgesFromItsOnboarding() {
        database.reset();
        onboardSimulatedTenants(simulator);

        PrometheusScrape scrape = PrometheusScrape.of(metrics);

        for (SimSubscription subscription : simulator.estate().subscriptions()) {
            assertThat(scrape.value("portcullis_subscription_last_success_age_seconds",
                    Map.of("subscription", subscription.subscriptionId())))
                    .as("onboarded a moment ago, never scanned: %s", subscription.displayName())
                    .hasValueSatisfying(age -> assertThat(age).isBetween(0.0, 120.0));
        }
        assertThat(scrape.named("portcullis_findings_open")).extracting(PrometheusScrape.Sample::value)
                .containsOnly(0.0);
    }

    @Test
    void healthIsServedWithoutLoginOnTheManagementPort() {
        given().get(health + "/live").then().statusCode(200);
        assertThat(given().get(health + "/ready").then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("UP");
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        CookieFilter session = People.signedIn("admin", ADMIN_PASSWORD);
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            Response anonymous = given().redirects().follow(false).get(path);
            assertThat(anonymous.statusCode()).as(path + " without login").isNotEqualTo(200);
            assertThat(anonymous.asString()).as(path).doesNotContain("portcullis_").doesNotContain("\"UP\"");
            assertThat(given().filter(session).redirects().follow(false).get(path).statusCode())
                    .as(path + " signed in").isEqualTo(404);
            assertThat(asAdmin().redirects().follow(false).get(path).statusCode()).as(path + " with Basic")
                    .isNotEqualTo(200);
        }
    }

    /** Every series named by a query of the Grafana dashboard shipped in deploy/grafana. */
    private static Set<String> seriesTheDashboardReads() {
        try {
            JsonNode dashboard = new ObjectMapper().readTree(Path.of("grafana/portcullis-dashboard.json").toFile());
            Set<String> series = new TreeSet<>();
            dashboard.findValues("expr").forEach(expr -> series.addAll(PromQlMetricNames.of(expr.asText())));
            return series;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
