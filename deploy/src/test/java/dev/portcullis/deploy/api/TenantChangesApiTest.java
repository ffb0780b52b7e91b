package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing an onboarded tenant: a new credential, a subscription switched off, offboarding kept or purged. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class TenantChangesApiTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void clean() {
        simulator.entra().clear();
        simulator.faults().clear();
    }

    private static String tenantRef(String entraId) {
        return asAdmin().get("/api/v1/tenants").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(t -> entraId.equals(t.get("tenantId"))).map(t -> (String) t.get("id")).findFirst()
                .orElseThrow();
    }

    private Response rotate(String ref, String secret) {
        return asAdmin().contentType(ContentType.JSON).body("""
                {"credential": {"type": "client_secret", "clientId": "%s", "clientSecret": "%s"}}"""
                .formatted(CLIENT_ID, secret)).patch("/api/v1/tenants/" + ref);
    }

    @Test
    void aNewCredentialIsTriedBeforeItReplacesTheOldOne() {
        freshScanOfSimulatedEstate(database, simulator);
        String ref = tenantRef(DemoEstate.CONTOSO_TENANT_ID);
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, "first-secret");

        Response wrong = rotate(ref, "not-the-secret");
        assertProblem(wrong, 422, null);
        assertThat(asAdmin().get("/api/v1/tenants/" + ref).jsonPath().getString("credential.type"))
                .as("the old credential stays").isEqualTo("none");

        Response rotated = rotate(ref, "first-secret");
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.jsonPath().getString("credential.type")).isEqualTo("client_secret");
        assertThat(rotated.asString()).doesNotContain("first-secret");
        assertThat(scanAndWait("{\"tenant\": \"" + ref + "\"}").getString("status")).isEqualTo("SUCCEEDED");
        assertThat(asAdmin().queryParam("action", "ROTATE_CREDENTIAL").get("/api/v1/audit").jsonPath()
                .getList("items.outcome")).contains("SUCCESS", "FAILURE");
    }

    @Test
    void aDisabledSubscriptionIsNotScannedAndItsFindingsStay() {
        freshScanOfSimulatedEstate(database, simulator);
        String ref = tenantRef(DemoEstate.CONTOSO_TENANT_ID);
        String subscription = DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
        long findings = asAdmin().queryParam("subscriptionId", subscription).get("/api/v1/findings").jsonPath()
                .getLong("total");

        Response disabled = asAdmin().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .patch("/api/v1/tenants/" + ref + "/subscriptions/" + subscription);

        assertThat(disabled.statusCode()).isEqualTo(200);
        JsonPath scan = scanAndWait("{}");
        assertThat(scan.getList("subscriptions.subscriptionId")).doesNotContain(subscription).isNotEmpty();
        assertThat(asAdmin().queryParam("subscriptionId", subscription).get("/api/v1/findings").jsonPath()
                .getLong("total")).isEqualTo(findings);
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"enabled\": \"no\"}")
                .patch("/api/v1/tenants/" + ref + "/subscriptions/" + subscription), 400, "enabled");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"enabled\": true}").patch("/api/v1/tenants/"
                + ref + "/subscriptions/" + DemoEstate.FABRIKAM_TENANT_ID), 404, "subscriptionId");
    }

    @Test
    void offboardingKeepsTheHistoryOrPurgesItOnlyWhenTheAdminConfirms() {
        freshScanOfSimulatedEstate(database, simulator);
        String contoso = tenantRef(DemoEstate.CONTOSO_TENANT_ID);
        String fabrikam = tenantRef(DemoEstate.FABRIKAM_TENANT_ID);
        long contosoFindings = asAdmin().queryParam("tenant", contoso).get("/api/v1/findings").jsonPath()
                .getLong("total");
        String operator = People.account("offboard-op", "OPERATOR", List.of("*"));

        assertThat(People.as(operator).delete("/api/v1/tenants/" + contoso + "?history=keep&confirm="
                + DemoEstate.CONTOSO_TENANT_ID).statusCode()).as("an OPERATOR may not offboard").isEqualTo(403);
        assertProblem(asAdmin().delete("/api/v1/tenants/" + contoso + "?history=keep&confirm=Contoso"), 400,
                "confirm");
        assertProblem(asAdmin().delete("/api/v1/tenants/" + contoso + "?confirm=" + DemoEstate.CONTOSO_TENANT_ID),
                400, "history");

        assertThat(asAdmin().delete("/api/v1/tenants/" + contoso + "?history=keep&confirm="
                + DemoEstate.CONTOSO_TENANT_ID).statusCode()).isEqualTo(204);
        JsonPath kept = asAdmin().get("/api/v1/tenants/" + contoso).jsonPath();
        assertThat(kept.getString("offboardedAt")).isNotNull();
        assertThat(kept.getList("subscriptions.enabled", Boolean.class)).containsOnly(false);
        assertThat(asAdmin().queryParam("tenant", contoso).get("/api/v1/findings").jsonPath().getLong("total"))
                .isEqualTo(contosoFindings);
        assertThat(scanAndWait("{}").getList("subscriptions.subscriptionId", String.class))
                .noneMatch(s -> s.startsWith("c0a70500"));

        assertThat(asAdmin().delete("/api/v1/tenants/" + fabrikam + "?history=purge&confirm="
                + DemoEstate.FABRIKAM_TENANT_ID).statusCode()).isEqualTo(204);
        assertThat(asAdmin().get("/api/v1/tenants/" + fabrikam).statusCode()).isEqualTo(404);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from finding f join subscription s on s.id = f.subscription_ref"
                        + " where cast(s.subscription_id as text) like 'fab21ca0%'").getSingleResult()).longValue());
        assertThat(left).as("purged with everything recorded of it").isZero();
        assertThat(asAdmin().queryParam("action", "OFFBOARD_TENANT").get("/api/v1/audit").jsonPath()
                .getList("items.detail", String.class)).anyMatch(d -> d.endsWith("history keep"))
                .anyMatch(d -> d.endsWith("history purge"));
    }

    @Test
    void aTenantOffboardedWithItsHistoryIsOnboardedAgainInPlaceAndItsFindingsCarryOn() {
        freshScanOfSimulatedEstate(database, simulator);
        String contoso = tenantRef(DemoEstate.CONTOSO_TENANT_ID);
        long findings = asAdmin().queryParam("tenant", contoso).get("/api/v1/findings").jsonPath().getLong("total");
        asAdmin().delete("/api/v1/tenants/" + contoso + "?history=keep&confirm=" + DemoEstate.CONTOSO_TENANT_ID)
                .then().statusCode(204);

        Response again = asAdmin().contentType(ContentType.JSON).body(dev.portcullis.deploy.support.PortcullisApi
                .tenantBody("Contoso", DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl())).post("/api/v1/tenants");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).as("the same tenant").isEqualTo(contoso);
        assertThat(again.jsonPath().getString("offboardedAt")).isNull();
        assertThat(again.jsonPath().getList("subscriptions.enabled", Boolean.class)).containsOnly(true);
        assertThat(asAdmin().queryParam("tenant", contoso).get("/api/v1/findings").jsonPath().getLong("total"))
                .isEqualTo(findings);
        assertThat(scanAndWait("{\"tenant\": \"" + contoso + "\"}").getString("status")).isEqualTo("SUCCEEDED");
        assertProblem(asAdmin().contentType(ContentType.JSON).body(dev.portcullis.deploy.support.PortcullisApi
                .tenantBody("Contoso", DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl())).post("/api/v1/tenants"),
                409, "tenantId");
    }
}
