package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.awaitScan;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.web.page.LanguageChoice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Scan now" on the pages ({@code POST /scans}) keeps the rules of {@code POST /api/v1/scans}: OPERATOR and above,
 * within the caller's tenants, one queued scan per scope; a refusal is a page that says why, and queues nothing.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ScanNowPageTest {

    private static final String CONTOSO_SUBSCRIPTIONS = "(?i)^/subscriptions/c0a70500-";

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private List<String> tenants;

    @BeforeEach
    void onboardedEstate() {
        database.reset();
        simulator.faults().clear();
        tenants = onboardSimulatedTenants(simulator);
    }

    private static Response scanNow(CookieFilter session, String field, String value) {
        return given().filter(session).redirects().follow(false)
                .formParam("csrf-token", People.csrfToken(session, "/scans"))
                .formParam(field, value).post("/scans");
    }

    private static CookieFilter signedIn(String role, List<String> tenants) {
        return People.signedIn(People.account(role.toLowerCase(), role, tenants), People.PASSWORD);
    }

    private static int scans() {
        return asAdmin().get("/api/v1/scans").jsonPath().getList("items").size();
    }

    private String tenantRef(String entraTenantId) {
        return asAdmin().get("/api/v1/tenants").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(t -> entraTenantId.equals(t.get("tenantId"))).map(t -> (String) t.get("id")).findFirst()
                .orElseThrow();
    }

    @Test
    void anOperatorsScanNowQueuesTheSubscriptionAsAPageRequestAndItsPageRefreshesUntilTheScanEnds() {
        simulator.faults().add(Fault.delayMillis(200).matching(CONTOSO_SUBSCRIPTIONS));
        CookieFilter operator = signedIn("OPERATOR", List.of("*"));

        Response answer = scanNow(operator, "subscriptionId", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(303);
        String location = answer.header("Location");
        assertThat(location).matches(".*/scans/[0-9a-f-]{36}$");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String running = given().filter(operator).get("/scans/" + id).then().statusCode(200).extract().asString();
        assertThat(running).as("refreshes itself while queued or running")
                .contains("<meta http-equiv=\"refresh\" content=\"3; url=/scans/" + id + "\">").contains("id=\"refreshing\"")
                .doesNotContain("id=\"joined\"");
        simulator.faults().clear();

        JsonPath scan = awaitScan(id);
        assertThat(scan.getString("trigger")).isEqualTo("PAGE");
        assertThat(scan.getMap("").keySet()).as("the API's scan, only grown by changes")
                .containsExactlyInAnyOrder("id", "status", "trigger", "requestedAt", "startedAt", "finishedAt",
                        "subscriptions", "changes");
        assertThat(scan.getList("subscriptions.subscriptionId", String.class))
                .containsExactly(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID);
        String finished = given().filter(operator).get("/scans/" + id).then().statusCode(200).extract().asString();
        assertThat(finished).doesNotContain("http-equiv=\"refresh\"").doesNotContain("id=\"refreshing\"")
                .contains("Scan now (page)").contains("What this scan changed");
        List<Map<String, Object>> audit = asAdmin().queryParam("action", "TRIGGER_SCAN").get("/api/v1/audit")
                .jsonPath().getList("items");
        assertThat(audit).anySatisfy(event -> {
            assertThat(event.get("target")).isEqualTo("scan " + id);
            assertThat((String) event.get("detail")).contains(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID)
                    .contains("from a page");
        });
    }

    @Test
    void aScopeWithAQueuedScanLeadsToThatScanWithAMessageSayingSo() {
        simulator.faults().add(Fault.delayMillis(300).matching(CONTOSO_SUBSCRIPTIONS));
        CookieFilter operator = signedIn("OPERATOR", List.of("*"));
        String contoso = tenantRef(DemoEstate.CONTOSO_TENANT_ID);

        String running = scanNow(operator, "tenant", contoso).then().statusCode(303).extract().header("Location");
        String queued = scanNow(operator, "tenant", contoso).then().statusCode(303).extract().header("Location");
        String joined = scanNow(operator, "tenant", contoso).then().statusCode(303).extract().header("Location");
        simulator.faults().clear();

        assertThat(queued).doesNotContain("joined").isNotEqualTo(running);
        assertThat(joined).isEqualTo(queued + "?joined=true");
        String page = given().filter(operator).get(joined.substring(joined.indexOf("/scans/")))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"joined\"").contains("already queued: this is that scan")
                .as("the refresh drops the message").contains("url=" + queued.substring(queued.indexOf("/scans/")) + "\"");
        for (String scan : List.of(running, queued)) {
            awaitScan(scan.substring(scan.lastIndexOf('/') + 1));
        }
        assertThat(scans()).as("two scans, not three").isEqualTo(2);
    }

    @Test
    void aViewerGetsAPageSayingScanningNeedsTheOperatorRoleInTheirLanguageAndNothingIsQueued() {
        CookieFilter viewer = signedIn("VIEWER", List.of("*"));
        assertThat(given().filter(viewer).get("/tenants").asString()).as("no form shown")
                .doesNotContain("class=\"inline scan-now\"");

        Response refused = scanNow(viewer, "subscriptionId", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("<h1>Scans</h1>")
                .contains("Scanning needs the OPERATOR role; yours is VIEWER");

        Response japanese = given().filter(viewer).cookie(LanguageChoice.COOKIE, "ja").redirects().follow(false)
                .formParam("csrf-token", People.csrfToken(viewer, "/scans"))
                .formParam("tenant", tenants.get(0)).post("/scans");
        assertThat(japanese.statusCode()).isEqualTo(403);
        assertThat(japanese.asString()).contains("スキャンを実行するには OPERATOR ロールが必要です");
        assertThat(scans()).isZero();
    }

    @Test
    void anOperatorOfOneTenantFindsAnotherTenantAndItsSubscriptionsUnknownAndNothingIsQueued() {
        CookieFilter contosoOperator = signedIn("OPERATOR", List.of(DemoEstate.CONTOSO_TENANT_ID));

        Response tenant = scanNow(contosoOperator, "tenant", tenantRef(DemoEstate.FABRIKAM_TENANT_ID));
        Response subscription = scanNow(contosoOperator, "subscriptionId",
                DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID);

        assertThat(tenant.statusCode()).isEqualTo(404);
        assertThat(tenant.asString()).contains("No tenant with the id").contains("Nothing was scanned");
        assertThat(subscription.statusCode()).isEqualTo(404);
        assertThat(subscription.asString()).contains("No subscription with the id “"
                + DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID + "”");
        assertThat(scans()).isZero();
    }

    @Test
    void anOperatorOfOneTenantSeesTheSubscriptionScanTheyAskedForBeforeAnyOfItIsPlanned() {
        // a stopped subscription is never planned: its scan has no subscription part, now or later
        asAdmin().contentType(io.restassured.http.ContentType.JSON).body("{\"enabled\": false}")
                .patch("/api/v1/tenants/" + tenantRef(DemoEstate.CONTOSO_TENANT_ID) + "/subscriptions/"
                        + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID).then().statusCode(200);
        CookieFilter contosoOperator = signedIn("OPERATOR", List.of(DemoEstate.CONTOSO_TENANT_ID));

        String asked = scanNow(contosoOperator, "subscriptionId", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID)
                .then().statusCode(303).extract().header("Location");
        String id = asked.substring(asked.lastIndexOf('/') + 1);
        awaitScan(id);

        assertThat(asAdmin().get("/api/v1/scans/" + id).jsonPath().getList("subscriptions")).isEmpty();
        given().filter(contosoOperator).get("/scans/" + id).then().statusCode(200);
        assertThat(given().filter(contosoOperator).get("/scans").asString()).contains("/scans/" + id);
        CookieFilter fabrikamOperator = signedIn("OPERATOR", List.of(DemoEstate.FABRIKAM_TENANT_ID));
        given().filter(fabrikamOperator).get("/scans/" + id).then().statusCode(404);
    }

    @Test
    void malformedMissingOrUnknownIdsGetTheScansPageWithAMessageAndNothingIsQueued() {
        CookieFilter operator = signedIn("OPERATOR", List.of("*"));

        Response malformed = scanNow(operator, "subscriptionId", "<b>not-a-guid</b>");
        Response missing = scanNow(operator, "tenant", " ");
        Response unknown = scanNow(operator, "subscriptionId", "00000000-0000-4000-8000-000000000000");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.asString()).contains("“&lt;b&gt;not-a-guid&lt;/b&gt;” is not a tenant or subscription id")
                .doesNotContain("<b>not-a-guid");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.asString()).contains("Say what to scan");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(scans()).isZero();
    }

    @Test
    void scanNowWithoutTheFormsCsrfTokenIsRefusedAndQueuesNothing() {
        CookieFilter operator = signedIn("OPERATOR", List.of("*"));
        People.csrfToken(operator, "/scans");

        Response forged = given().filter(operator).redirects().follow(false)
                .formParam("subscriptionId", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID).post("/scans");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("did not come from Portcullis");
        assertThat(scans()).isZero();
    }
}
