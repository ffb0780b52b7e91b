package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages for accounts, API tokens and the audit log, as forms post them (with their CSRF tokens). */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class AdministrationPagesTest {

    @Inject
    TestDatabase database;

    private CookieFilter admin;

    @BeforeEach
    void signedInAsAdmin() {
        database.reset();
        admin = People.signedIn("admin", ADMIN_PASSWORD);
    }

    private static String idOf(String username) {
        return asAdmin().get("/api/v1/users").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id")).findFirst()
                .orElse(null);
    }

    @Test
    void anAdminCreatesAnAccountFromTheFormAndDeletesItOnlyWithItsNameRepeated() {
        String csrf = People.csrfToken(admin, "/admin/users");
        Response created = given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("username", "carol").formParam("password", "long-enough-password")
                .formParam("role", "OPERATOR").formParam("tenants", "c0a70500-0000-4000-8000-000000000001")
                .post("/admin/users");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(asAdmin().get("/api/v1/users/" + idOf("carol")).jsonPath().getList("tenants"))
                .containsExactly("c0a70500-0000-4000-8000-000000000001");
        assertThat(given().filter(admin).get("/admin/users?done=created").asString())
                .contains("The account was created.").contains("data-user=\"carol\"");

        csrf = People.csrfToken(admin, "/admin/users");
        Response wrongName = given().filter(admin).formParam("csrf-token", csrf).formParam("confirm", "caro")
                .post("/admin/users/" + idOf("carol") + "/delete");
        assertThat(wrongName.statusCode()).isEqualTo(400);
        assertThat(idOf("carol")).isNotNull();
        assertThat(given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("confirm", "carol").post("/admin/users/" + idOf("carol") + "/delete").statusCode())
                .isEqualTo(303);
        assertThat(idOf("carol")).isNull();
    }

    @Test
    void aShortPasswordOrNoTenantIsRefusedOnTheFormAndNothingIsCreated() {
        String csrf = People.csrfToken(admin, "/admin/users");
        Response shortPassword = given().filter(admin).formParam("csrf-token", csrf).formParam("username", "dave")
                .formParam("password", "short").formParam("role", "VIEWER").formParam("tenants", "*")
                .post("/admin/users");
        Response noTenant = given().filter(admin).formParam("csrf-token", csrf).formParam("username", "dave")
                .formParam("password", "long-enough-password").formParam("role", "VIEWER").post("/admin/users");

        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.asString()).contains("data-field=\"password\"");
        assertThat(noTenant.statusCode()).isEqualTo(400);
        assertThat(noTenant.asString()).contains("data-field=\"tenants\"");
        assertThat(idOf("dave")).isNull();
    }

    @Test
    void aViewerHasNoAdministrationButCreatesAndRevokesItsOwnTokenShownOnce() {
        String viewer = People.account("pages-viewer", "VIEWER", List.of("c0a70500-0000-4000-8000-000000000001"));
        CookieFilter session = People.signedIn(viewer, People.PASSWORD);
        assertThat(given().filter(session).get("/").asString()).doesNotContain("/admin/users").contains("/tokens");
        assertThat(given().filter(session).get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(given().filter(session).get("/admin/audit").statusCode()).isEqualTo(403);

        String csrf = People.csrfToken(session, "/tokens");
        Response created = given().filter(session).formParam("csrf-token", csrf).formParam("name", "laptop")
                .formParam("role", "VIEWER").formParam("tenants", "c0a70500-0000-4000-8000-000000000001")
                .formParam("expires", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString()).post("/tokens");
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher shown = Pattern.compile("id=\"token-value\">(pct_[A-Za-z0-9_-]+)<").matcher(created.asString());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(People.withToken(token).get("/api/v1/tenants").statusCode()).isEqualTo(200);
        String listed = given().filter(session).get("/tokens").asString();
        assertThat(listed).contains("laptop").doesNotContain(token);

        csrf = People.csrfToken(session, "/tokens");
        Response tooMuch = given().filter(session).formParam("csrf-token", csrf).formParam("name", "wide")
                .formParam("role", "VIEWER").formParam("tenants", "*")
                .formParam("expires", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString()).post("/tokens");
        assertThat(tooMuch.statusCode()).isEqualTo(403);

        String id = People.as(viewer).get("/api/v1/tokens").jsonPath().getString("items[0].id");
        assertThat(given().filter(session).redirects().follow(false).formParam("csrf-token", csrf)
                .post("/tokens/" + id + "/revoke").statusCode()).isEqualTo(303);
        assertThat(People.withToken(token).get("/api/v1/tenants").statusCode()).isEqualTo(401);
    }

    @Test
    void theAuditPageListsSignInsAndExportsWhatItShows() {
        String page = given().filter(admin).get("/admin/audit?actor=admin&action=LOGIN").asString();
        assertThat(page).contains("data-action=\"LOGIN\"").contains("id=\"export-csv\"");
        String csv = given().filter(admin).get("/admin/audit/export?format=csv&actor=admin&action=LOGIN").asString();
        assertThat(csv.lines().toList()).first().isEqualTo("id,at,actor,action,outcome,target,detail,source_address");
        assertThat(csv.lines().skip(1).toList()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",admin,LOGIN,"));
    }
}
