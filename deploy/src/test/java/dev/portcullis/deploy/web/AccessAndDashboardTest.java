package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.web.vms.VmListPage;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.web.login.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class AccessAndDashboardTest {

    @Inject
    TestDatabase database;

    @TestHTTPResource(value = "/health/ready", management = true) // under the management root, /q
    URL managementHealth;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    private static CookieFilter loggedIn() {
        return People.signedIn("admin", ADMIN_PASSWORD);
    }

    @Test
    void apiWithoutCredentialsIsUnauthorized() {
        given().get("/api/v1/tenants").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong-password").get("/api/v1/tenants").then().statusCode(401);
        given().auth().preemptive().basic("nobody", ADMIN_PASSWORD).get("/api/v1/checks").then().statusCode(401);
    }

    @Test
    void pageWithoutSessionRedirectsToTheLoginForm() {
        Response response = given().redirects().follow(false).get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
        assertThat(given().get("/login").asString()).contains("action=\"/login\"").contains("name=\"password\"")
                .contains("name=\"csrf-token\"");
    }

    @Test
    void wrongPasswordOnTheFormShowsTheFormAgainWithAMessageAndNoSession() {
        CookieFilter cookies = new CookieFilter();
        Response response = People.signIn(cookies, "admin", "nope-nope-nope");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.asString()).contains("The user name or password is wrong");
        assertThat(response.getCookie(SessionCookie.NAME)).isNull();
        assertThat(given().filter(cookies).redirects().follow(false).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginFormWithoutItsCsrfTokenIsRefused() {
        Response response = given().redirects().follow(false).formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD).post("/login");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.getCookie(SessionCookie.NAME)).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndWorthlessOnceSignedOutEvenIfCopied() {
        CookieFilter session = new CookieFilter();
        io.restassured.http.Cookie cookie = People.signIn(session, "admin", ADMIN_PASSWORD)
                .detailedCookie(SessionCookie.NAME);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.isSecured()).as("Secure only behind TLS").isFalse();
        assertThat(cookie.getValue()).hasSizeGreaterThan(40);
        assertThat(given().cookie(SessionCookie.NAME, cookie.getValue()).get("/").statusCode()).isEqualTo(200);

        given().filter(session).redirects().follow(false).formParam("csrf-token", People.csrfToken(session, "/"))
                .post("/logout").then().statusCode(303);

        assertThat(given().cookie(SessionCookie.NAME, cookie.getValue()).redirects().follow(false).get("/")
                .statusCode()).as("the copied cookie after sign-out").isEqualTo(302);
        assertThat(given().auth().preemptive().basic("admin", ADMIN_PASSWORD).queryParam("action", "LOGOUT")
                .get("/api/v1/audit").jsonPath().getList("items")).isNotEmpty();
    }

    @Test
    void healthIsOpenWithoutLoginOnTheManagementPort() {
        given().get(managementHealth).then().statusCode(200);
    }

    @Test
    void vmPagesListEverySimulatedVmWithItsJitStatusAndEscapeNames() {
        freshScanOfSimulatedEstate(database, simulator);

        CookieFilter session = loggedIn();
        StringBuilder pages = new StringBuilder();
        int vms = simulator.estate().virtualMachines().size();
        for (int page = 1; page <= (vms + VmListPage.PER_PAGE - 1) / VmListPage.PER_PAGE; page++) {
            pages.append(given().filter(session).get("/vms?page=" + page).then().statusCode(200).extract().asString());
        }
        String html = pages.toString();
        String tenants = given().filter(session).get("/tenants").then().statusCode(200).extract().asString();

        for (SimVm vm : simulator.estate().virtualMachines()) {
            String escaped = vm.name().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            assertThat(html).as(vm.name()).contains(escaped);
        }
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("Protected").contains("Unprotected");
        assertThat(tenants).contains("Standard P2").contains("Succeeded");
    }

    @Test
    void theVmPageShowsAPortOpenThroughJitNowAndEachPathByItsEntrance() {
        freshScanOfSimulatedEstate(database, simulator);
        CookieFilter session = loggedIn();

        String granted = given().filter(session).queryParam("id", simulator.estate().virtualMachine("web-05")
                .resourceId()).get("/vm").then().statusCode(200).extract().asString();
        String behindLoadBalancer = given().filter(session).queryParam("id", simulator.estate()
                .virtualMachine("lb-nat-01").resourceId()).get("/vm").then().statusCode(200).extract().asString();
        String behindFirewall = given().filter(session).queryParam("id", simulator.estate()
                .virtualMachine("fw-ssh-01").resourceId()).get("/vm").then().statusCode(200).extract().asString();

        assertThat(granted).contains("Open through JIT now: port 22").contains(DemoEstate.OPEN_REQUEST_SOURCE)
                .contains("carol@contoso.com").contains("Investigating incident INC-2231");
        assertThat(behindLoadBalancer).contains("via load balancer").contains("inbound NAT rule");
        assertThat(behindFirewall).contains("via firewall").contains("DNAT rule");
    }

    @Test
    void pagesAndTheApiSendSecurityHeadersThatForbidInlineScriptAndFraming() {
        for (Response response : new Response[] {given().get("/login"), given().filter(loggedIn()).get("/checks"),
                asAdmin().get("/api/v1/checks")}) {
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).contains("script-src 'self'").contains("style-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefusedAndTheSessionGoesOn() {
        CookieFilter session = loggedIn();
        given().filter(session).get("/").then().statusCode(200);

        assertThat(given().filter(session).redirects().follow(false).post("/logout").statusCode()).isEqualTo(400);

        given().filter(session).redirects().follow(false).get("/").then().statusCode(200);
    }

    @Test
    void logoutEndsTheSession() {
        CookieFilter session = loggedIn();
        given().filter(session).get("/").then().statusCode(200);

        given().filter(session).redirects().follow(false).formParam("csrf-token", People.csrfToken(session, "/"))
                .post("/logout").then().statusCode(303);

        Response after = given().filter(session).redirects().follow(false).get("/");
        assertThat(after.statusCode()).isEqualTo(302);
    }
}
