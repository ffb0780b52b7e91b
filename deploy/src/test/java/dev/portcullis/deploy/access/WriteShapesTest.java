package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes come in two shapes only: JSON to the API (with Basic or Bearer credentials, never a cookie), and forms with a
 * CSRF token to the pages. Any other body is refused before anything changes, and the CSRF cookie cannot be planted.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class WriteShapesTest {

    @Inject
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    @Test
    void anApiWriteWithAFormOrPlainTextBodyIsRefusedWith415AndChangesNothing() {
        String userId = People.accountId(People.account("shape", "VIEWER", List.of("*")));
        String token = asAdmin().contentType(ContentType.JSON).body("""
                {"name": "shape", "role": "VIEWER", "tenants": ["*"], "expiresAt": "%s"}"""
                .formatted(Instant.now().plus(1, ChronoUnit.DAYS))).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("id");

        List<Response> refused = List.of(
                asAdmin().contentType(ContentType.TEXT).body("{}").post("/api/v1/scans"),
                asAdmin().contentType(ContentType.URLENC).formParam("displayName", "x").post("/api/v1/tenants"),
                asAdmin().contentType(ContentType.TEXT).body("{\"checkId\": \"vm_jit_enabled\"}")
                        .post("/api/v1/suppressions"),
                asAdmin().contentType(ContentType.TEXT).body("{\"name\": \"t\"}").post("/api/v1/tokens"),
                asAdmin().contentType(ContentType.URLENC).formParam("role", "ADMIN").patch("/api/v1/users/" + userId),
                asAdmin().contentType(ContentType.TEXT).body("x").delete("/api/v1/users/" + userId),
                asAdmin().contentType(ContentType.TEXT).body("x").delete("/api/v1/tokens/" + token));

        refused.forEach(response -> assertProblem(response, 415, null));
        assertThat(asAdmin().get("/api/v1/scans").jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get("/api/v1/users/" + userId).jsonPath().getString("role")).isEqualTo("VIEWER");
        assertThat(asAdmin().get("/api/v1/tokens").jsonPath().getList("items.revokedAt")).containsOnlyNulls();
    }

    @Test
    void theApiChallengesForBearerOnlySoABrowserNeverPromptsForAndCachesAPassword() {
        Response anonymous = given().get("/api/v1/tenants");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer").doesNotContainIgnoringCase("basic");
        assertThat(asAdmin().get("/api/v1/tenants").statusCode()).as("clients sending Basic keep working")
                .isEqualTo(200);
    }

    @Test
    void aPagePostWithAPlainTextBodyIsRefusedEvenFromTheSignedInBrowserAndChangesNothing() {
        String owner = People.account("pages", "ADMIN", List.of("*"));
        CookieFilter session = People.signedIn(owner, People.PASSWORD);
        String tokenId = People.tokenId(owner, "VIEWER", List.of("*"));
        String locked = People.account("locked", "VIEWER", List.of("*"));
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(locked, "wrong-" + i).get("/api/v1/tenants");
        }

        Response revoke = given().filter(session).contentType(ContentType.TEXT).body("x")
                .post("/tokens/" + tokenId + "/revoke");
        Response unlock = given().filter(session).contentType(ContentType.TEXT).body("x")
                .post("/admin/users/" + People.accountId(locked) + "/unlock");
        Response logout = given().filter(session).redirects().follow(false).contentType(ContentType.TEXT).body("x")
                .post("/logout");

        assertThat(List.of(revoke.statusCode(), unlock.statusCode(), logout.statusCode())).containsOnly(415);
        assertThat(asAdmin().get("/api/v1/tokens").jsonPath().getList("items.revokedAt")).containsOnlyNulls();
        assertThat(People.as(locked).get("/api/v1/tenants").statusCode()).as("still locked").isEqualTo(401);
        assertThat(given().filter(session).redirects().follow(false).get("/").statusCode())
                .as("the session goes on").isEqualTo(200);
    }

    @Test
    void aCsrfCookiePlantedWithAMatchingFormTokenOfTheAttackersChoosingIsRefused() {
        String session = People.sessionToken("admin", ADMIN_PASSWORD);
        byte[] chosen = new byte[16];
        new SecureRandom().nextBytes(chosen);
        String planted = Base64.getUrlEncoder().withoutPadding().encodeToString(chosen);

        Response forged = given().redirects().follow(false).cookie("portcullis-session", session)
                .cookie("portcullis-csrf", planted).formParam("csrf-token", planted)
                .formParam("name", "forged").formParam("role", "ADMIN").formParam("tenants", "*")
                .formParam("expires", Instant.now().plus(2, ChronoUnit.DAYS).toString().substring(0, 10))
                .post("/tokens");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).as("a page that says what happened, not a blank one")
                .contains("nothing was changed");
        assertThat(asAdmin().get("/api/v1/tokens").jsonPath().getList("items.name")).doesNotContain("forged");
    }

    @Test
    void aFormOpenedBeforeAnotherPageIsRefusedWithAMessageAndWorksOnceReloaded() {
        CookieFilter session = People.signedIn("admin", ADMIN_PASSWORD);
        String older = People.csrfToken(session, "/tokens");
        People.csrfToken(session, "/");

        Response stale = given().filter(session).formParam("csrf-token", older).formParam("name", "stale")
                .formParam("role", "VIEWER").formParam("tenants", "*")
                .formParam("expires", Instant.now().plus(2, ChronoUnit.DAYS).toString().substring(0, 10))
                .post("/tokens");
        Response reloaded = given().filter(session).formParam("csrf-token", People.csrfToken(session, "/tokens"))
                .formParam("name", "reloaded").formParam("role", "VIEWER").formParam("tenants", "*")
                .formParam("expires", Instant.now().plus(2, ChronoUnit.DAYS).toString().substring(0, 10))
                .post("/tokens");

        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.asString()).contains("reload this page");
        assertThat(reloaded.statusCode()).isEqualTo(201);
        assertThat(asAdmin().get("/api/v1/tokens").jsonPath().getList("items.name")).contains("reloaded")
                .doesNotContain("stale");
    }
}
