package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static dev.portcullis.deploy.support.PortcullisApi.tenantBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What ARM answers is data, never authority: its error texts do not reach callers, an item of another subscription
 * is not filed under the one scanned, and a subscription another tenant holds neither moves nor blocks onboarding.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class UntrustedArmAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRODUCTION = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String UPSTREAM = "UPSTREAM-TEXT <a href=\"https://phish.example\">sign in again</a>";

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void clean() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
    }

    @Test
    void armsOwnErrorTextNeverReachesACallerOnlyItsStatusItsCodeAndASentenceOfOurs() {
        onboardSimulatedTenants(simulator);
        simulator.faults().add(Fault.answer(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\""
                + UPSTREAM.replace("\"", "\\\"") + "\"}}").matching("(?i)^" + PRODUCTION
                + "/providers/Microsoft.Compute/virtualMachines$"));
        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "\"}");
        simulator.faults().clear();
        simulator.faults().add(Fault.answer(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\""
                + UPSTREAM.replace("\"", "\\\"") + "\"}}").matching("(?i)^/subscriptions$"));
        database.reset();
        Response onboarding = asAdmin().contentType(ContentType.JSON).body(tenantBody("Contoso",
                DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl())).post("/api/v1/tenants");

        String error = scan.getString("subscriptions[0].error");
        assertThat(error).contains("403").contains("AuthorizationFailed").doesNotContain("UPSTREAM-TEXT")
                .doesNotContain("phish");
        assertProblem(onboarding, 422, null);
        assertThat(onboarding.jsonPath().getString("detail")).contains("401").contains("InvalidAuthenticationToken")
                .doesNotContain("UPSTREAM-TEXT");
    }

    @Test
    void entrasErrorDescriptionIsNotEchoedOnlyItsAadstsCode() {
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b",
                "right");
        Response refused = asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Contoso", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "client_secret", "clientId": "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b",
                                "clientSecret": "wrong"}}""".formatted(DemoEstate.CONTOSO_TENANT_ID,
                simulator.baseUrl(), simulator.baseUrl())).post("/api/v1/tenants");

        assertProblem(refused, 422, null);
        assertThat(refused.jsonPath().getString("detail")).contains("AADSTS7000215")
                .doesNotContain("Invalid client secret provided");
    }

    @Test
    void anItemOfAnotherSubscriptionInAListIsDroppedInsteadOfBeingFiledUnderTheScannedOne() throws Exception {
        onboardSimulatedTenants(simulator);
        scanAndWait("{}");
        String foreignVm = asAdmin().queryParam("tenant", DemoEstate.FABRIKAM_TENANT_ID).get("/api/v1/vms")
                .jsonPath().getString("items[0].resourceId");
        String foreignJson = RestAssured.given().get(simulator.baseUrl() + foreignVm + "?api-version=2025-04-01")
                .then().statusCode(200).extract().asString();
        simulator.faults().add(Fault.answer(200, "{\"value\":[" + foreignJson + "]}")
                .matching("(?i)^" + PRODUCTION + "/providers/Microsoft.Compute/virtualMachines$"));

        JsonPath scan = scanAndWait("{\"subscriptionId\": \"" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "\"}");

        assertThat(scan.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(asAdmin().queryParam("tenant", DemoEstate.CONTOSO_TENANT_ID).queryParam("size", 1000)
                .get("/api/v1/vms").jsonPath().getList("items.resourceId", String.class))
                .doesNotContain(foreignVm);
        assertThat(asAdmin().queryParam("tenant", DemoEstate.FABRIKAM_TENANT_ID).queryParam("size", 1000)
                .get("/api/v1/vms").jsonPath().getList("items.resourceId", String.class)).contains(foreignVm);
    }

    @Test
    void aSubscriptionAnotherTenantHoldsIsNamedInTheAnswerAndTheRestOfTheTenantIsOnboarded() throws Exception {
        asAdmin().contentType(ContentType.JSON).body(tenantBody("Fabrikam", DemoEstate.FABRIKAM_TENANT_ID,
                simulator.baseUrl())).post("/api/v1/tenants").then().statusCode(201);
        JsonNode all = JSON.readTree(RestAssured.given().get(simulator.baseUrl()
                + "/subscriptions?api-version=2022-12-01").asString());
        ArrayNode claimed = JSON.createArrayNode();
        for (JsonNode subscription : all.path("value")) {
            String id = subscription.path("subscriptionId").asText();
            if (id.startsWith("c0a70500") || id.equals(DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID)) {
                claimed.add(((ObjectNode) subscription.deepCopy()).put("tenantId", DemoEstate.CONTOSO_TENANT_ID));
            }
        }
        simulator.faults().add(Fault.answer(200, JSON.createObjectNode().set("value", claimed).toString())
                .matching("(?i)^/subscriptions$"));

        Response contoso = asAdmin().contentType(ContentType.JSON).body(tenantBody("Contoso",
                DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl())).post("/api/v1/tenants");

        assertThat(contoso.statusCode()).isEqualTo(201);
        assertThat(contoso.jsonPath().getList("conflicts.subscriptionId", String.class))
                .containsExactly(DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID);
        assertThat(contoso.jsonPath().getString("conflicts[0].detail")).contains("another tenant");
        assertThat(contoso.jsonPath().getList("subscriptions.subscriptionId", String.class))
                .containsExactlyInAnyOrder(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID,
                        DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID);
        List<Map<String, Object>> tenants = asAdmin().get("/api/v1/tenants").jsonPath().getList("items");
        assertThat(tenants).filteredOn(t -> DemoEstate.FABRIKAM_TENANT_ID.equals(t.get("tenantId")))
                .singleElement().satisfies(t -> assertThat(t.get("subscriptions").toString()
                        .toLowerCase(Locale.ROOT)).contains(DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID));
    }
}
