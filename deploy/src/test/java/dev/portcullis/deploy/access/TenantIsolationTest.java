package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static dev.portcullis.deploy.support.PortcullisApi.tenantBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The isolation matrix: people and tokens limited to Contoso, in each role, against every endpoint and page, with
 * Contoso's ids (own) and Fabrikam's (foreign). Foreign ids answer 404 exactly like unknown ones, and no list or
 * aggregate carries anything of Fabrikam's; what a role may not do answers 403.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class TenantIsolationTest {

    private static final String OWN = DemoEstate.CONTOSO_TENANT_ID;
    private static final String FOREIGN = DemoEstate.FABRIKAM_TENANT_ID;

    @Inject
    TestDatabase database;

    /** A caller limited to Contoso. */
    private record Who(String label, String role, Supplier<RequestSpecification> api, String username) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Who> scoped = new ArrayList<>();
    private static Ids own;
    private static Ids foreign;
    private static String foreignScanId;
    private static String foreignSuppressionId;

    /** What the admin sees of one tenant: the markers that must not leak, and ids to ask for. */
    private record Ids(String tenantRef, String tenantId, List<String> subscriptionIds, List<String> vmIds,
                       List<String> findingIds, long openFindings, long vms) {

        List<String> markers() {
            List<String> markers = new ArrayList<>(List.of(tenantRef, tenantId));
            markers.addAll(subscriptionIds);
            markers.addAll(vmIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList());
            markers.addAll(findingIds);
            return markers;
        }
    }

    /** Once for the class (the HTTP port is known from the first test on): no test changes what the others read. */
    @BeforeEach
    void twoTenantsScannedAndPeopleLimitedToContoso() {
        if (own != null) {
            return;
        }
        freshScanOfSimulatedEstate(database, SimulatorResource.simulator());
        own = idsOf(OWN);
        foreign = idsOf(FOREIGN);
        assertThat(own.vmIds()).isNotEmpty();
        assertThat(foreign.vmIds()).isNotEmpty();
        assertThat(foreign.findingIds()).isNotEmpty();
        foreignScanId = scanAndWait("{\"tenant\": \"" + FOREIGN + "\"}").getString("id");
        foreignSuppressionId = asAdmin().contentType(ContentType.JSON).body("""
                {"checkId": "vm_jit_enabled", "resourceId": "%s", "reason": "foreign"}""".formatted(
                foreign.vmIds().get(0))).post("/api/v1/suppressions").then().statusCode(201).extract().path("id");
        for (String role : List.of("VIEWER", "OPERATOR", "ADMIN")) {
            String username = People.account(role.toLowerCase(Locale.ROOT), role, List.of(OWN));
            scoped.add(new Who(role + " account", role, () -> People.as(username), username));
        }
        String owner = scoped.get(2).username();
        for (String role : List.of("VIEWER", "OPERATOR")) {
            String token = People.token(owner, role, List.of(OWN));
            scoped.add(new Who(role + " token", role, () -> People.withToken(token), null));
        }
    }

    private static Ids idsOf(String tenantId) {
        JsonPath tenant = asAdmin().get("/api/v1/tenants").jsonPath();
        Map<String, Object> t = tenant.<Map<String, Object>>getList("items").stream()
                .filter(item -> tenantId.equals(item.get("tenantId"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> subscriptions = ((List<Map<String, Object>>) t.get("subscriptions")).stream()
                .map(s -> (String) s.get("subscriptionId")).toList();
        JsonPath vms = asAdmin().queryParam("tenant", tenantId).queryParam("size", 1000).get("/api/v1/vms")
                .jsonPath();
        JsonPath findings = asAdmin().queryParam("tenant", tenantId).queryParam("size", 1000)
                .queryParam("status", "OPEN").get("/api/v1/findings").jsonPath();
        return new Ids((String) t.get("id"), tenantId, subscriptions, vms.getList("items.resourceId", String.class),
                findings.getList("items.id", String.class), findings.getLong("total"), vms.getLong("total"));
    }

    private static void assertNoForeignMarker(String what, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String marker : foreign.markers()) {
            assertThat(lower).as(what + " must not carry Fabrikam's " + marker).doesNotContain(marker);
        }
    }

    @Test
    void listsAndAggregatesCarryNothingOfAForeignTenant() {
        List<String> lists = List.of("/api/v1/tenants", "/api/v1/vms?size=1000", "/api/v1/findings?size=1000",
                "/api/v1/findings?status=SUPPRESSED", "/api/v1/scans", "/api/v1/suppressions", "/api/v1/trends",
                "/api/v1/metrics/remediation", "/api/v1/findings/export?format=csv",
                "/api/v1/findings/export?format=jsonl", "/api/v1/findings/export?format=ocsf");
        for (Who who : scoped) {
            for (String path : lists) {
                Response response = who.api().get().get(path);
                assertThat(response.statusCode()).as(who + " GET " + path).isEqualTo(200);
                assertNoForeignMarker(who + " GET " + path, response.asString());
            }
            assertThat(who.api().get().get("/api/v1/tenants").jsonPath().getList("items.tenantId"))
                    .as(who + " tenants").containsExactly(OWN);
            assertThat(who.api().get().queryParam("size", 1000).get("/api/v1/vms").jsonPath().getLong("total"))
                    .as(who + " VM total").isEqualTo(own.vms());
            assertThat(who.api().get().queryParam("status", "OPEN").get("/api/v1/findings").jsonPath()
                    .getLong("total")).as(who + " open findings total").isEqualTo(own.openFindings());
            assertThat(who.api().get().get("/api/v1/trends").jsonPath().getList("points"))
                    .as(who + " trend = the admin's trend of Contoso")
                    .isEqualTo(asAdmin().queryParam("tenant", OWN).get("/api/v1/trends").jsonPath()
                            .getList("points"));
            assertThat(who.api().get().get("/api/v1/metrics/remediation").jsonPath().getMap(""))
                    .as(who + " metrics = the admin's metrics of Contoso")
                    .isEqualTo(asAdmin().queryParam("tenant", OWN).get("/api/v1/metrics/remediation").jsonPath()
                            .getMap(""));
            List<List<String>> scanSubscriptions = who.api().get().get("/api/v1/scans").jsonPath()
                    .getList("items.subscriptions.subscriptionId");
            assertThat(scanSubscriptions).as(who + " sees the full scan, limited to its subscriptions").isNotEmpty()
                    .allSatisfy(subs -> assertThat(own.subscriptionIds()).containsAll(subs));
        }
    }

    @Test
    void foreignIdsAnswer404LikeUnknownOnes() {
        String foreignVm = URLEncoder.encode(foreign.vmIds().get(0), StandardCharsets.UTF_8);
        String ownVm = URLEncoder.encode(own.vmIds().get(0), StandardCharsets.UTF_8);
        Map<String, String> foreignToOwn = Map.of(
                "/api/v1/tenants/" + foreign.tenantRef(), "/api/v1/tenants/" + own.tenantRef(),
                "/api/v1/findings/" + foreign.findingIds().get(0), "/api/v1/findings/" + own.findingIds().get(0),
                "/api/v1/findings/" + foreign.findingIds().get(0) + "/events",
                "/api/v1/findings/" + own.findingIds().get(0) + "/events",
                "/api/v1/vms?tenant=" + FOREIGN, "/api/v1/vms?tenant=" + OWN,
                "/api/v1/findings?tenant=" + foreign.tenantRef(), "/api/v1/findings?tenant=" + own.tenantRef(),
                "/api/v1/trends?tenant=" + FOREIGN, "/api/v1/trends?tenant=" + OWN,
                "/api/v1/metrics/remediation?tenant=" + FOREIGN, "/api/v1/metrics/remediation?tenant=" + OWN,
                "/api/v1/remediation?format=cli&resourceId=" + foreignVm, "/api/v1/remediation?format=cli&resourceId="
                        + ownVm,
                "/api/v1/scans/" + foreignScanId, "/api/v1/scans/" + foreignScanId,
                "/api/v1/scans/" + foreignScanId + "/diff", "/api/v1/scans/" + foreignScanId + "/diff");
        for (Who who : scoped) {
            foreignToOwn.forEach((foreignPath, ownPath) -> {
                Response answer = who.api().get().urlEncodingEnabled(false).get(foreignPath);
                assertThat(answer.statusCode()).as(who + " GET " + foreignPath).isEqualTo(404);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                String echoedId = foreignPath.replaceAll("/(events|diff)$", "").replaceAll(".*[/=]", "");
                assertNoForeignMarker(who + " 404 body of " + foreignPath, answer.asString().replace(
                        java.net.URLDecoder.decode(echoedId, StandardCharsets.UTF_8), ""));
                if (!ownPath.equals(foreignPath)) {
                    assertThat(who.api().get().urlEncodingEnabled(false).get(ownPath).statusCode())
                            .as(who + " GET " + ownPath).isEqualTo(200);
                }
            });
        }
        assertThat(asAdmin().get("/api/v1/scans/" + foreignScanId).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesShowOnlyTheOwnTenantAndForeignPagesAre404() {
        for (Who who : scoped.stream().filter(w -> w.username() != null).toList()) {
            CookieFilter session = People.signedIn(who.username(), People.PASSWORD);
            for (String page : List.of("/", "/?range=365", "/tenants", "/vms", "/findings", "/findings?status=SUPPRESSED",
                    "/scans", "/findings/export.csv")) {
                Response response = given().filter(session).get(page);
                assertThat(response.statusCode()).as(who + " page " + page).isEqualTo(200);
                assertNoForeignMarker(who + " page " + page, response.asString());
                assertThat(response.asString()).as(who + " page " + page).doesNotContain("Fabrikam");
            }
            for (String page : List.of("/vm?id=" + URLEncoder.encode(foreign.vmIds().get(0), StandardCharsets.UTF_8),
                    "/findings/" + foreign.findingIds().get(0), "/scans/" + foreignScanId)) {
                assertThat(given().filter(session).urlEncodingEnabled(false).get(page).statusCode())
                        .as(who + " page " + page).isEqualTo(404);
            }
            assertThat(given().filter(session).urlEncodingEnabled(false).get("/vm?id="
                    + URLEncoder.encode(own.vmIds().get(0), StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void viewersReadOnlyOperatorsActWithinTheirTenants() {
        for (Who who : scoped) {
            boolean operator = !who.role().equals("VIEWER");
            Response ownScan = who.api().get().contentType(ContentType.JSON).body("{\"tenant\": \"" + OWN + "\"}")
                    .post("/api/v1/scans");
            assertThat(ownScan.statusCode()).as(who + " scans own tenant").isEqualTo(operator ? 202 : 403);
            Response ownSuppression = who.api().get().contentType(ContentType.JSON).body("""
                    {"checkId": "vm_jit_enabled", "resourceId": "%s", "reason": "isolation test"}""".formatted(
                    own.vmIds().get(0))).post("/api/v1/suppressions");
            assertThat(ownSuppression.statusCode()).as(who + " suppresses own VM").isEqualTo(operator ? 201 : 403);
            if (!operator) {
                assertProblem(ownScan, 403, null);
                continue;
            }
            assertThat(who.api().get().get("/api/v1/scans/" + ownScan.jsonPath().getString("id")).statusCode())
                    .as(who + " sees the scan it asked for").isEqualTo(200);
            assertThat(who.api().get().delete("/api/v1/suppressions/" + ownSuppression.jsonPath().getString("id"))
                    .statusCode()).isEqualTo(204);
            assertProblem(who.api().get().contentType(ContentType.JSON).body("{\"tenant\": \"" + FOREIGN + "\"}")
                    .post("/api/v1/scans"), 404, "tenant");
            assertProblem(who.api().get().contentType(ContentType.JSON).body("{\"subscriptionId\": \""
                    + foreign.subscriptionIds().get(0) + "\"}").post("/api/v1/scans"), 404, "subscriptionId");
            assertProblem(who.api().get().contentType(ContentType.JSON).body("{}").post("/api/v1/scans"), 403,
                    "tenant");
            assertProblem(who.api().get().contentType(ContentType.JSON).body("""
                    {"checkId": "vm_jit_enabled", "resourceId": "%s", "reason": "x"}""".formatted(
                    foreign.vmIds().get(0))).post("/api/v1/suppressions"), 404, "resourceId");
            assertProblem(who.api().get().contentType(ContentType.JSON).body("""
                    {"tag": "env=lab", "reason": "x"}""").post("/api/v1/suppressions"), 403, "tag");
            assertProblem(who.api().get().delete("/api/v1/suppressions/" + foreignSuppressionId), 404, "id");
            assertProblem(who.api().get().contentType(ContentType.JSON).body(tenantBody("Fabrikam again", FOREIGN,
                    SimulatorResource.simulator().baseUrl())).post("/api/v1/tenants"), 403, "tenantId");
        }
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items.id"))
                .as("the foreign suppression survived").contains(foreignSuppressionId);
    }

    @Test
    void changesToAForeignTenantAnswer404AndToOwnOnesFollowTheRole() {
        String foreignTenant = "/api/v1/tenants/" + foreign.tenantRef();
        String ownTenant = "/api/v1/tenants/" + own.tenantRef();
        for (Who who : scoped) {
            boolean operator = !who.role().equals("VIEWER");
            boolean admin = who.role().equals("ADMIN");
            assertThat(who.api().get().contentType(ContentType.JSON).post(foreignTenant + "/self-check").statusCode())
                    .as(who + " self-check foreign").isEqualTo(operator ? 404 : 403);
            assertThat(who.api().get().contentType(ContentType.JSON).body("{\"enabled\": false}")
                    .patch(foreignTenant + "/subscriptions/" + foreign.subscriptionIds().get(0)).statusCode())
                    .as(who + " disable a foreign subscription").isEqualTo(operator ? 404 : 403);
            assertThat(who.api().get().contentType(ContentType.JSON).body("{\"credential\": {\"type\": \"none\"}}")
                    .patch(foreignTenant).statusCode()).as(who + " rotate a foreign credential")
                    .isEqualTo(operator ? 404 : 403);
            assertThat(who.api().get().delete(foreignTenant + "?history=purge&confirm=" + FOREIGN).statusCode())
                    .as(who + " offboard a foreign tenant").isEqualTo(admin ? 404 : 403);
            assertThat(who.api().get().contentType(ContentType.JSON).post(ownTenant + "/self-check").statusCode())
                    .as(who + " self-check own").isEqualTo(operator ? 200 : 403);
        }
        assertThat(asAdmin().get(foreignTenant).jsonPath().getList("subscriptions.enabled", Boolean.class))
                .containsOnly(true);
    }

    @Test
    void aViewerSeesNoSuppressFormAndCannotPostOne() {
        Who viewer = scoped.get(0);
        CookieFilter session = People.signedIn(viewer.username(), People.PASSWORD);
        String page = given().filter(session).get("/findings/" + own.findingIds().get(0)).asString();
        assertThat(page).contains("id=\"read-only\"").doesNotContain("id=\"suppress\"");
        assertThat(given().filter(session).formParam("reason", "no").redirects().follow(false)
                .post("/findings/" + own.findingIds().get(0) + "/suppress").statusCode()).isEqualTo(403);
        assertThat(asAdmin().get("/api/v1/findings/" + own.findingIds().get(0)).jsonPath().getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void onlyAnAdminOverEveryTenantManagesAccountsAndReadsTheAuditLog() {
        for (Who who : scoped) {
            for (String path : List.of("/api/v1/users", "/api/v1/audit", "/api/v1/audit/export?format=csv")) {
                assertThat(who.api().get().get(path).statusCode()).as(who + " GET " + path).isEqualTo(403);
            }
            assertThat(who.api().get().contentType(ContentType.JSON).body("""
                    {"username": "sneaky", "password": "long-enough-password", "role": "ADMIN", "tenants": ["*"]}""")
                    .post("/api/v1/users").statusCode()).as(who + " POST /users").isEqualTo(403);
        }
        for (String path : List.of("/api/v1/users", "/api/v1/audit", "/api/v1/audit/export?format=json")) {
            assertThat(asAdmin().get(path).statusCode()).as("admin GET " + path).isEqualTo(200);
        }
    }
}
