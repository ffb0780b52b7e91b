package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
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
 * Onboarding by management group: only the subscriptions below it, new ones picked up and removed ones marked at
 * each scan, with their history kept.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ManagementGroupOnboardingTest {

    private static final String PRODUCTION = DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String DEVELOPMENT = DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void productionBelowTheRootGroup() {
        database.reset();
        simulator.faults().clear();
        simulator.managementGroups().clear();
        simulator.managementGroups().put("contoso-root", "Contoso", null, List.of());
        simulator.managementGroups().put("contoso-prod", "Production", "contoso-root", List.of(PRODUCTION));
    }

    @AfterEach
    void noGroups() {
        simulator.managementGroups().clear();
    }

    private Response onboard(String managementGroupId) {
        return asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Contoso", "tenantId": "%s", "managementGroupId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "none"}}""".formatted(DemoEstate.CONTOSO_TENANT_ID, managementGroupId,
                simulator.baseUrl(), simulator.baseUrl())).post("/api/v1/tenants");
    }

    private static Map<String, Object> subscription(String tenantRef, String subscriptionId) {
        return asAdmin().get("/api/v1/tenants/" + tenantRef).jsonPath().<Map<String, Object>>getList("subscriptions")
                .stream().filter(s -> subscriptionId.equals(s.get("subscriptionId"))).findFirst().orElse(null);
    }

    @Test
    void onlySubscriptionsBelowTheGroupAreOnboardedAndEachScanFollowsTheGroup() {
        Response onboarded = onboard("contoso-root");
        assertThat(onboarded.statusCode()).isEqualTo(201);
        assertThat(onboarded.jsonPath().getList("subscriptions.subscriptionId")).containsExactly(PRODUCTION);
        assertThat(onboarded.jsonPath().getString("managementGroupId")).isEqualTo("contoso-root");
        String tenant = onboarded.jsonPath().getString("id");
        assertThat(scanAndWait("{}").getList("subscriptions.subscriptionId")).containsExactly(PRODUCTION);
        long productionFindings = asAdmin().queryParam("subscriptionId", PRODUCTION).get("/api/v1/findings")
                .jsonPath().getLong("total");

        simulator.managementGroups().put("contoso-dev", "Development", "contoso-root", List.of(DEVELOPMENT));
        JsonPath withDevelopment = scanAndWait("{}");
        assertThat(withDevelopment.getList("subscriptions.subscriptionId")).containsExactlyInAnyOrder(PRODUCTION,
                DEVELOPMENT);

        simulator.managementGroups().put("contoso-prod", "Production", "contoso-root", List.of());
        JsonPath withoutProduction = scanAndWait("{}");
        assertThat(withoutProduction.getList("subscriptions.subscriptionId")).containsExactly(DEVELOPMENT);
        assertThat(subscription(tenant, PRODUCTION).get("removedAt")).as("marked, not deleted").isNotNull();
        assertThat(asAdmin().queryParam("subscriptionId", PRODUCTION).get("/api/v1/findings").jsonPath()
                .getLong("total")).isEqualTo(productionFindings);

        simulator.managementGroups().put("contoso-prod", "Production", "contoso-root", List.of(PRODUCTION));
        assertThat(scanAndWait("{}").getList("subscriptions.subscriptionId")).contains(PRODUCTION);
        assertThat(subscription(tenant, PRODUCTION).get("removedAt")).as("found again").isNull();
    }

    @Test
    void anUnknownGroupIsRefusedAtOnboardingAndABadIdIsNamed() {
        Response unknown = onboard("no-such-group");
        Response bad = onboard("bad group/../x");

        assertProblem(unknown, 422, null);
        assertThat(unknown.jsonPath().getString("detail")).contains("no-such-group").contains("404");
        assertProblem(bad, 400, "managementGroupId");
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }
}
