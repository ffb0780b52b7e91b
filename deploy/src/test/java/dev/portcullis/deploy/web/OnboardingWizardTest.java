package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.PortcullisApi;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The onboarding wizard: the commands for a least-privilege identity, the form, and the permission self-check. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class OnboardingWizardTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final String SECRET = "wizard-secret-never-shown";
    private static final String PRODUCTION = DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private CookieFilter admin;

    @BeforeEach
    void clean() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, SECRET);
        admin = People.signedIn("admin", ADMIN_PASSWORD);
    }

    private Response submit(String tenantId, String secret) {
        return given().filter(admin).formParam("csrf-token", People.csrfToken(admin, "/tenants/onboard"))
                .formParam("displayName", "Contoso").formParam("tenantId", tenantId).formParam("cloud", "Custom")
                .formParam("resourceManagerEndpoint", simulator.baseUrl())
                .formParam("authorityHost", simulator.baseUrl()).formParam("credentialType", "client_secret")
                .formParam("clientId", CLIENT_ID).formParam("clientSecret", secret).post("/tenants/onboard");
    }

    @Test
    void theWizardPrintsReadOnlyRoleCommandsForTheScopeToScan() {
        String bySubscription = given().filter(admin).get("/tenants/onboard").asString();
        String byGroup = given().filter(admin).get("/tenants/onboard?managementGroupId=contoso-root").asString();

        assertThat(bySubscription).contains("az ad sp create-for-rbac --name portcullis-scanner --years 1")
                .contains("--role &quot;Security Reader&quot; --scope /subscriptions/&lt;subscription id&gt;")
                .contains("az identity federated-credential create").doesNotContain("Contributor")
                .doesNotContain("Owner");
        assertThat(byGroup).contains("--role Reader --scope /providers/Microsoft.Management/managementGroups/contoso-root");
    }

    @Test
    void aManagementGroupIdThatIsNotOneIsRefusedAndNeverPrintedIntoACommand() {
        Response refused = given().filter(admin).queryParam("managementGroupId", "x --role Owner; $(curl evil)")
                .get("/tenants/onboard");

        assertThat(refused.statusCode()).isEqualTo(400);
        String commands = String.join("\n", java.util.regex.Pattern.compile("(?s)<pre[^>]*>(.*?)</pre>")
                .matcher(refused.asString()).results().map(m -> m.group(1)).toList());
        assertThat(commands).contains("--scope /subscriptions/&lt;subscription id&gt;").doesNotContain("curl")
                .doesNotContain("Owner");
        assertThat(refused.asString()).contains("managementGroupId must be a management group");
    }

    @Test
    void onboardingFromTheFormShowsEachMissingPermissionWithItsFixAndChecksAgain() {
        simulator.faults().add(Fault.status(403).matching("(?i)/subscriptions/" + PRODUCTION
                + "/providers/Microsoft\\.Security/"));

        Response onboarded = submit(DemoEstate.CONTOSO_TENANT_ID, SECRET);

        assertThat(onboarded.statusCode()).isEqualTo(201);
        String page = onboarded.asString();
        assertThat(page).contains("data-subscription=\"" + PRODUCTION + "\" data-complete=\"false\"")
                .contains("az role assignment create --assignee " + CLIENT_ID
                        + " --role &quot;Security Reader&quot; --scope /subscriptions/" + PRODUCTION)
                .doesNotContain(SECRET);
        String tenant = asAdmin().get("/api/v1/tenants").jsonPath().getString("items[0].id");
        assertThat(asAdmin().queryParam("action", "ONBOARD_TENANT").get("/api/v1/audit").jsonPath()
                .getList("items.outcome")).contains("SUCCESS");

        simulator.faults().clear();
        String again = given().filter(admin).formParam("csrf-token", People.csrfToken(admin, "/tenants"))
                .post("/tenants/" + tenant + "/self-check").then().statusCode(200).extract().asString();
        assertThat(again).contains("data-subscription=\"" + PRODUCTION + "\" data-complete=\"true\"")
                .doesNotContain("data-complete=\"false\"");
    }

    @Test
    void aRefusedFormNamesTheFieldKeepsWhatWasTypedButNotTheSecretAndStoresNothing() {
        Response refused = submit("contoso.onmicrosoft.com", SECRET);
        Response wrongSecret = submit(DemoEstate.CONTOSO_TENANT_ID, "not-the-" + SECRET);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-field=\"tenantId\"").contains("value=\"contoso.onmicrosoft.com\"")
                .doesNotContain(SECRET);
        assertThat(wrongSecret.statusCode()).isEqualTo(422);
        assertThat(wrongSecret.asString()).contains("AADSTS7000215").doesNotContain("not-the-" + SECRET);
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void theTenantsPageStopsASubscriptionsScansAndOffboardsOnlyWithTheTenantIdRepeated() {
        PortcullisApi.onboardSimulatedTenants(simulator);
        String tenant = asAdmin().get("/api/v1/tenants").jsonPath().<java.util.Map<String, Object>>getList("items")
                .stream().filter(t -> DemoEstate.CONTOSO_TENANT_ID.equals(t.get("tenantId"))).map(t -> (String) t.get("id"))
                .findFirst().orElseThrow();
        String csrf = People.csrfToken(admin, "/tenants");

        assertThat(given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("enabled", "false").post("/tenants/" + tenant + "/subscriptions/" + PRODUCTION + "/enabled")
                .statusCode()).isEqualTo(303);
        assertThat(asAdmin().get("/api/v1/tenants/" + tenant).jsonPath().getList("subscriptions", java.util.Map.class)
                .stream().filter(s -> PRODUCTION.equals(s.get("subscriptionId"))).map(s -> s.get("enabled")))
                .containsExactly(false);

        Response unconfirmed = given().filter(admin).formParam("csrf-token", csrf).formParam("history", "keep")
                .formParam("confirm", "Contoso").post("/tenants/" + tenant + "/offboard");
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(asAdmin().get("/api/v1/tenants/" + tenant).jsonPath().getString("offboardedAt")).isNull();
        assertThat(given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("history", "keep").formParam("confirm", DemoEstate.CONTOSO_TENANT_ID)
                .post("/tenants/" + tenant + "/offboard").statusCode()).isEqualTo(303);
        assertThat(asAdmin().get("/api/v1/tenants/" + tenant).jsonPath().getString("offboardedAt")).isNotNull();
    }

    @Test
    void theTenantsPageReplacesACredentialOnlyWithOneThatWorks() {
        PortcullisApi.onboardSimulatedTenants(simulator);
        String tenant = asAdmin().get("/api/v1/tenants").jsonPath().<java.util.Map<String, Object>>getList("items")
                .stream().filter(t -> DemoEstate.CONTOSO_TENANT_ID.equals(t.get("tenantId"))).map(t -> (String) t.get("id"))
                .findFirst().orElseThrow();
        String csrf = People.csrfToken(admin, "/tenants");

        Response refused = given().filter(admin).formParam("csrf-token", csrf).formParam("credentialType",
                "client_secret").formParam("clientId", CLIENT_ID).formParam("clientSecret", "wrong-" + SECRET)
                .post("/tenants/" + tenant + "/credential");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("AADSTS7000215").doesNotContain("wrong-" + SECRET);
        assertThat(asAdmin().get("/api/v1/tenants/" + tenant).jsonPath().getString("credential.type"))
                .isEqualTo("none");

        assertThat(given().filter(admin).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("credentialType", "client_secret").formParam("clientId", CLIENT_ID)
                .formParam("clientSecret", SECRET).post("/tenants/" + tenant + "/credential").statusCode())
                .isEqualTo(303);
        assertThat(asAdmin().get("/api/v1/tenants/" + tenant).jsonPath().getString("credential.type"))
                .isEqualTo("client_secret");
    }

    @Test
    void aViewerCannotOnboard() {
        String viewer = People.account("wizard-viewer", "VIEWER", List.of("*"));
        CookieFilter session = People.signedIn(viewer, People.PASSWORD);
        assertThat(given().filter(session).get("/tenants").asString()).doesNotContain("/tenants/onboard");
        assertThat(given().filter(session).get("/tenants/onboard").statusCode()).isEqualTo(403);
    }
}
