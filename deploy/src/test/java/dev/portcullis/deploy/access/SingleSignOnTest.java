package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.oidc.OidcProvider;
import dev.portcullis.web.login.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on through Quarkus OIDC's authorization-code flow against the simulator's OpenID Connect provider (no
 * internet): the ID token's groups decide the role and tenants, and a page session follows.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SingleSignOnTest {

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void estate() {
        freshScanOfSimulatedEstate(database, simulator);
    }

    @AfterEach
    void nobodySignedInAtTheProvider() {
        simulator.oidc().signIn(null);
    }

    /** Follows the redirects of the code flow as a browser does, keeping each site's cookies; the last answer. */
    private static Response signInWithSingleSignOn(CookieFilter cookies) {
        Response response = given().filter(cookies).redirects().follow(false).get("/login/sso");
        for (int hop = 0; hop < 6 && response.statusCode() / 100 == 3; hop++) {
            String location = response.header("Location");
            if (location.endsWith("/") && response.getCookie(SessionCookie.NAME) != null) {
                return response;
            }
            response = location.startsWith("http") ? given().filter(cookies).redirects().follow(false)
                    .urlEncodingEnabled(false).get(location)
                    : given().filter(cookies).redirects().follow(false).urlEncodingEnabled(false).get(location);
        }
        return response;
    }

    @Test
    void aPersonInAMappedGroupGetsThatRoleOverThoseTenantsAndAPageSession() {
        simulator.oidc().signIn(new OidcProvider.User("erin@contoso.com", List.of("grp-contoso-operators",
                "grp-everyone")));
        CookieFilter browser = new CookieFilter();

        Response last = signInWithSingleSignOn(browser);

        assertThat(last.statusCode()).isEqualTo(303);
        assertThat(last.getCookie(SessionCookie.NAME)).isNotBlank();
        String overview = given().filter(browser).get("/").asString();
        assertThat(overview).contains("sso:erin@contoso.com");
        String tenants = given().filter(browser).get("/tenants").asString();
        assertThat(tenants).contains("Contoso").doesNotContain("Fabrikam");
        String openFinding = asAdmin().queryParam("tenant", "c0a70500-0000-4000-8000-000000000001")
                .queryParam("status", "OPEN").get("/api/v1/findings").jsonPath().getString("items[0].id");
        assertThat(given().filter(browser).get("/findings/" + openFinding).asString())
                .as("an OPERATOR sees the suppress form").contains("id=\"suppress\"");
        assertThat(given().filter(browser).get("/admin/users").statusCode()).isEqualTo(403);
        List<Map<String, Object>> audit = asAdmin().queryParam("actor", "sso:erin@contoso.com").get("/api/v1/audit")
                .jsonPath().getList("items");
        assertThat(audit).first().satisfies(e -> {
            assertThat(e.get("outcome")).isEqualTo("SUCCESS");
            assertThat(e.get("detail").toString()).isEqualTo("role OPERATOR over c0a70500-0000-4000-8000-000000000001");
        });
    }

    @Test
    void aPersonInNoMappedGroupIsRefusedAndGetsNoSession() {
        simulator.oidc().signIn(new OidcProvider.User("mallory@example.com", List.of("grp-everyone")));
        CookieFilter browser = new CookieFilter();

        Response last = signInWithSingleSignOn(browser);

        assertThat(last.statusCode()).isEqualTo(403);
        assertThat(last.getCookie(SessionCookie.NAME)).isNull();
        assertThat(given().filter(browser).redirects().follow(false).get("/").statusCode()).isEqualTo(302);
        assertThat(asAdmin().queryParam("actor", "sso:mallory@example.com").get("/api/v1/audit").jsonPath()
                .getList("items.outcome")).containsExactly("FAILURE");
    }

    @Test
    void aSingleSignOnPersonNamedLikeALocalAccountIsAuditedAsSsoNeverAsThatAccount() {
        simulator.oidc().signIn(new OidcProvider.User("admin", List.of("grp-portcullis-admins")));
        java.time.Instant before = java.time.Instant.now();

        assertThat(signInWithSingleSignOn(new CookieFilter()).statusCode()).isEqualTo(303);

        List<Map<String, Object>> logins = asAdmin().queryParam("action", "LOGIN")
                .queryParam("from", before.toString()).get("/api/v1/audit").jsonPath().getList("items");
        assertThat(logins).filteredOn(e -> "SUCCESS".equals(e.get("outcome")))
                .extracting(e -> e.get("actor")).contains("sso:admin");
        assertThat(logins).filteredOn(e -> String.valueOf(e.get("target")).startsWith("single sign-on"))
                .extracting(e -> e.get("actor")).containsOnly("sso:admin");
    }

    @Test
    void theLoginPageOffersSingleSignOn() {
        assertThat(given().get("/login").asString()).contains("href=\"/login/sso\"");
    }
}
