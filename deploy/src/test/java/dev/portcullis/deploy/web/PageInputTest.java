package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to the pages: a page with a message and the right status, never a stack trace, nothing stored. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class PageInputTest {

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private CookieFilter session;

    @BeforeEach
    void signedIn() {
        if (asAdmin().get("/api/v1/findings?status=OPEN").jsonPath().getInt("total") == 0) {
            database.reset();
            onboardSimulatedTenants(simulator);
            scanAndWait("{}");
        }
        session = People.signedIn("admin", ADMIN_PASSWORD);
    }

    private String openFinding() {
        return asAdmin().get("/api/v1/findings?status=OPEN&checkId=vm_jit_enabled").jsonPath()
                .getString("items[0].id");
    }

    private Response page(String path) {
        return given().filter(session).redirects().follow(false).get(path);
    }

    @Test
    void refusedFilterValuesAreNamedAndTheRestOfThePageIsShown() {
        Response vms = page("/vms?jit=bogus&os=Solaris&tenant=not-an-id&page=-1");

        assertThat(vms.statusCode()).isEqualTo(400);
        assertThat(vms.asString()).contains("JIT status").contains("bogus").contains("Solaris")
                .contains("not-an-id").contains("numbered from 1").contains("class=\"vm-link\"")
                .doesNotContainPattern("\\w+Exception");
        assertThat(page("/findings?severity=URGENT").statusCode()).isEqualTo(400);
        assertThat(page("/?range=7").asString()).contains("30, 90 or 365");
    }

    @Test
    void unknownVmFindingAndScanAnswerANotFoundPage() {
        for (String path : new String[] {"/vm?id=/subscriptions/x/virtualMachines/none", "/vm",
                "/findings/00000000-0000-0000-0000-000000000000", "/findings/not-a-uuid",
                "/scans/00000000-0000-0000-0000-000000000000", "/scans/not-a-uuid"}) {
            Response response = page(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("text/html");
            assertThat(response.asString()).as(path).contains("Not found").doesNotContainPattern("\\w+Exception");
        }
    }

    @Test
    void aSuppressionWithoutReasonOrWithAPastExpiryIsRefusedAndNothingIsStored() {
        String finding = openFinding();
        int before = asAdmin().get("/api/v1/suppressions").jsonPath().getList("items").size();

        String csrf = People.csrfToken(session, "/findings/" + finding);
        Response blank = given().filter(session).formParam("csrf-token", csrf).formParam("reason", "  ").post("/findings/" + finding + "/suppress");
        Response past = given().filter(session).formParam("csrf-token", csrf).formParam("reason", "accepted")
                .formParam("expires", LocalDate.now(ZoneOffset.UTC).toString())
                .post("/findings/" + finding + "/suppress");
        Response garbled = given().filter(session).formParam("csrf-token", csrf).formParam("reason", "accepted")
                .formParam("expires", "soon")
                .post("/findings/" + finding + "/suppress");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.asString()).contains("Give a reason");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.asString()).contains("after today").contains(">accepted</textarea>");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.asString()).contains("2027-01-31");
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items")).hasSize(before);
        assertThat(asAdmin().get("/api/v1/findings/" + finding).jsonPath().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aSuppressionWithoutTheCsrfTokenOrWithAnotherSessionsTokenIsRefusedAndNothingIsStored() {
        String finding = openFinding();
        int before = asAdmin().get("/api/v1/suppressions").jsonPath().getList("items").size();
        CookieFilter other = People.signedIn("admin", ADMIN_PASSWORD);
        String othersToken = People.csrfToken(other, "/findings/" + finding);
        People.csrfToken(session, "/findings/" + finding);

        Response without = given().filter(session).formParam("reason", "forged").redirects().follow(false)
                .post("/findings/" + finding + "/suppress");
        Response foreignToken = given().filter(session).formParam("csrf-token", othersToken)
                .formParam("reason", "forged").redirects().follow(false).post("/findings/" + finding + "/suppress");

        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(foreignToken.statusCode()).isEqualTo(400);
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items")).hasSize(before);
        assertThat(asAdmin().get("/api/v1/findings/" + finding).jsonPath().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aSuppressionWithAnExpiryIsStoredUntilThatDay() {
        String finding = openFinding();
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30);

        String csrf = People.csrfToken(session, "/findings/" + finding);
        Response done = given().filter(session).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("reason", "Decommission ticket 42")
                .formParam("expires", expiry.toString()).post("/findings/" + finding + "/suppress");

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items.expiresAt", String.class))
                .contains(expiry + "T00:00:00Z");
        given().filter(session).formParam("csrf-token", People.csrfToken(session, "/findings/" + finding))
                .post("/findings/" + finding + "/unsuppress").then().statusCode(200);
        assertThat(asAdmin().get("/api/v1/findings/" + finding).jsonPath().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void theLanguageSwitcherOnlyGoesBackToThisSite() {
        Response toJapanese = given().redirects().follow(false).get("/language/ja?back=/vms?jit=PARTIAL");
        assertThat(toJapanese.statusCode()).isEqualTo(303);
        assertThat(toJapanese.header("Location")).endsWith("/vms?jit=PARTIAL");
        assertThat(toJapanese.cookie("portcullis-lang")).isEqualTo("ja");

        assertThat(given().redirects().follow(false).get("/language/ja?back=//evil.example/").header("Location"))
                .doesNotContain("evil");
        assertThat(given().redirects().follow(false).get("/language/fr").statusCode()).isEqualTo(404);
    }

    @Test
    void theBrowsersLanguageIsUsedUntilTheSwitcherIsUsed() {
        String japanese = given().filter(session).header("Accept-Language", "ja-JP,ja;q=0.9").get("/checks").asString();
        String chosenEnglish = given().filter(session).header("Accept-Language", "ja-JP,ja;q=0.9")
                .cookie("portcullis-lang", "en").get("/checks").asString();

        assertThat(japanese).contains("<html lang=\"ja\">").contains("チェック");
        assertThat(chosenEnglish).contains("<html lang=\"en\">");
    }
}
