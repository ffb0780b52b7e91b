package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens and sessions follow their owner's rights: a token acts with at most what its owner holds now, never creates
 * tokens, and a password or grant change ends the account's other page sessions at once.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class OwnersRightsTest {

    private static final String CONTOSO = DemoEstate.CONTOSO_TENANT_ID;

    @Inject
    TestDatabase database;

    @BeforeEach
    void twoTenants() {
        database.reset();
        onboardSimulatedTenants(SimulatorResource.simulator());
    }

    private static void changeGrant(String username, String role, List<String> tenants) {
        asAdmin().contentType(ContentType.JSON).body("{\"role\": \"%s\", \"tenants\": [%s]}".formatted(role,
                        String.join(", ", tenants.stream().map(t -> "\"" + t + "\"").toList())))
                .patch("/api/v1/users/" + People.accountId(username)).then().statusCode(200);
    }

    @Test
    void aTokenActsWithAtMostItsOwnersCurrentRoleAndTenants() {
        String owner = People.account("owner", "ADMIN", List.of("*"));
        String token = People.token(owner, "ADMIN", List.of("*"));
        assertThat(People.withToken(token).get("/api/v1/tenants").jsonPath().getList("items")).hasSize(2);

        changeGrant(owner, "VIEWER", List.of(CONTOSO));

        assertThat(People.withToken(token).get("/api/v1/tenants").jsonPath().getList("items.tenantId"))
                .containsExactly(CONTOSO);
        assertProblem(People.withToken(token).contentType(ContentType.JSON)
                .body("{\"tenant\": \"" + CONTOSO + "\"}").post("/api/v1/scans"), 403, null);
        assertThat(People.withToken(token).get("/api/v1/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenCannotCreateTokens() {
        String owner = People.account("owner", "OPERATOR", List.of("*"));
        String token = People.token(owner, "OPERATOR", List.of("*"));

        Response minted = People.withToken(token).contentType(ContentType.JSON).body("""
                {"name": "child", "role": "VIEWER", "tenants": ["*"], "expiresAt": "%s"}"""
                .formatted(Instant.now().plus(300, ChronoUnit.DAYS))).post("/api/v1/tokens");

        assertProblem(minted, 403, null);
        assertThat(People.as(owner).get("/api/v1/tokens").jsonPath().getList("items.name"))
                .doesNotContain("child");
    }

    @Test
    void aPasswordOrGrantChangeEndsTheAccountsOtherPageSessionsAtOnce() {
        String person = People.account("person", "OPERATOR", List.of("*"));
        CookieFilter beforePassword = People.signedIn(person, People.PASSWORD);
        asAdmin().contentType(ContentType.JSON).body("{\"password\": \"a-new-long-password\"}")
                .patch("/api/v1/users/" + People.accountId(person)).then().statusCode(200);
        String other = People.account("other", "OPERATOR", List.of("*"));
        CookieFilter beforeGrant = People.signedIn(other, People.PASSWORD);
        changeGrant(other, "VIEWER", List.of("*"));

        assertSignedOut(beforePassword);
        assertSignedOut(beforeGrant);
        CookieFilter after = People.signedIn(other, People.PASSWORD);
        assertThat(given().filter(after).redirects().follow(false).get("/").statusCode()).isEqualTo(200);
        assertThat(asAdmin().get("/api/v1/users/" + People.accountId(other)).jsonPath().getString("rightsChangedAt"))
                .isNotNull();
    }

    @Test
    void changingOnesOwnAccountKeepsTheSessionThatMadeTheChangeAndEndsTheOthers() {
        String boss = People.account("boss", "ADMIN", List.of("*"));
        CookieFilter here = People.signedIn(boss, People.PASSWORD);
        CookieFilter elsewhere = People.signedIn(boss, People.PASSWORD);
        String id = People.accountId(boss);

        Response changed = given().filter(here).redirects().follow(false)
                .formParam("csrf-token", People.csrfToken(here, "/admin/users")).formParam("role", "ADMIN")
                .formParam("tenants", "*").formParam("password", "another-long-password")
                .post("/admin/users/" + id + "/change");

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(given().filter(here).redirects().follow(false).get("/").statusCode()).isEqualTo(200);
        assertSignedOut(elsewhere);
    }

    @Test
    void theAccountPageAndTheApiRevokeEveryTokenOfAnAccount() {
        String person = People.account("person", "VIEWER", List.of("*"));
        String first = People.token(person, "VIEWER", List.of("*"));
        String second = People.token(person, "VIEWER", List.of("*"));
        CookieFilter admin = People.signedIn("admin", dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD);
        assertThat(given().filter(admin).get("/admin/users").asString()).contains("data-tokens=\"2\"");

        Response revoked = given().filter(admin).redirects().follow(false)
                .formParam("csrf-token", People.csrfToken(admin, "/admin/users"))
                .post("/admin/users/" + People.accountId(person) + "/revoke-tokens");

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(People.withToken(first).get("/api/v1/tenants").statusCode()).isEqualTo(401);
        assertThat(People.withToken(second).get("/api/v1/tenants").statusCode()).isEqualTo(401);
        String third = People.token(person, "VIEWER", List.of("*"));
        assertThat(asAdmin().contentType(ContentType.JSON).delete("/api/v1/users/" + People.accountId(person)
                + "/tokens").jsonPath().getInt("revoked")).isEqualTo(1);
        assertThat(People.withToken(third).get("/api/v1/tenants").statusCode()).isEqualTo(401);
    }

    private static void assertSignedOut(CookieFilter session) {
        Response page = given().filter(session).redirects().follow(false).get("/");
        assertThat(page.statusCode()).as("the old session is over").isNotEqualTo(200);
        assertThat(page.header("Location")).contains("/login");
    }
}
