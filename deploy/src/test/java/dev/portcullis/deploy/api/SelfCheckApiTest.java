package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The permission self-check at onboarding and on demand, against the simulator answering 403 where a role is
 * missing, as ARM does.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SelfCheckApiTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final String PRODUCTION = DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void contosoWithoutSecurityReaderOnProduction() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, "secret-of-the-app");
        simulator.faults().add(Fault.status(403).matching("(?i)/subscriptions/" + PRODUCTION
                + "/providers/Microsoft\\.Security/"));
    }

    /** The simulator is shared by every test class: leave it without this class's faults. */
    @AfterEach
    void withoutFaults() {
        simulator.faults().clear();
    }

    private Response onboard() {
        return asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Contoso", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "client_secret", "clientId": "%s", "clientSecret": "secret-of-the-app"}}"""
                .formatted(DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl(), simulator.baseUrl(), CLIENT_ID))
                .post("/api/v1/tenants");
    }

    private static Map<String, Object> of(List<Map<String, Object>> results, String subscriptionId) {
        return results.stream().filter(r -> subscriptionId.equals(r.get("subscriptionId"))).findFirst().orElseThrow();
    }

    @Test
    void onboardingReportsEachMissingPermissionWithTheCommandThatGrantsIt() {
        Response onboarded = onboard();

        assertThat(onboarded.statusCode()).isEqualTo(201);
        JsonPath json = onboarded.jsonPath();
        assertThat(json.getString("id")).isNotBlank();
        List<Map<String, Object>> results = json.getList("selfCheck");
        assertThat(results).hasSize(2);
        Map<String, Object> production = of(results, PRODUCTION);
        assertThat(production.get("complete")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> permissions = (List<Map<String, Object>>) production.get("permissions");
        assertThat(permissions).extracting(p -> p.get("action") + "=" + p.get("status")).containsExactly(
                "Microsoft.Compute/virtualMachines/read=GRANTED",
                "Microsoft.Network/networkSecurityGroups/read=GRANTED",
                "Microsoft.Network/loadBalancers/read=GRANTED",
                "Microsoft.Network/azureFirewalls/read=GRANTED",
                "Microsoft.Network/firewallPolicies/read=GRANTED",
                "Microsoft.Security/locations/jitNetworkAccessPolicies/read=MISSING",
                "Microsoft.Security/pricings/read=MISSING");
        assertThat(permissions.get(5).get("fix")).isEqualTo("az role assignment create --assignee " + CLIENT_ID
                + " --role \"Security Reader\" --scope /subscriptions/" + PRODUCTION);
        assertThat(results.stream().filter(r -> !PRODUCTION.equals(r.get("subscriptionId"))).findFirst()
                .orElseThrow().get("complete")).isEqualTo(true);
        assertThat(onboarded.asString()).doesNotContain("secret-of-the-app");
    }

    @Test
    void theSelfCheckPassesOnceTheRoleIsGrantedAndAFailureThatIsNotAPermissionIsToldApart() {
        String id = onboard().jsonPath().getString("id");
        simulator.faults().clear();
        simulator.faults().add(Fault.status(404).matching("(?i)/subscriptions/" + PRODUCTION
                + "/providers/Microsoft\\.Network/networkSecurityGroups"));

        List<Map<String, Object>> results = asAdmin().contentType(ContentType.JSON).post("/api/v1/tenants/" + id + "/self-check").then()
                .statusCode(200).extract().jsonPath().getList("items");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> production = (List<Map<String, Object>>) of(results, PRODUCTION).get("permissions");
        assertThat(production).extracting(p -> p.get("status")).containsExactly("GRANTED", "FAILED", "GRANTED",
                "GRANTED", "GRANTED", "GRANTED", "GRANTED");
        assertThat(production.get(1).get("error").toString()).contains("404");
        assertThat(production.get(1).get("fix")).isNull();
        String viewer = People.account("selfcheck-viewer", "VIEWER", List.of("*"));
        assertThat(People.as(viewer).contentType(ContentType.JSON).post("/api/v1/tenants/" + id + "/self-check").statusCode()).isEqualTo(403);
    }
}
