package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.tenantBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimTenant;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class TenantOnboardingApiTest {

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private SimTenant tenant;

    @BeforeEach
    void reset() {
        database.reset();
        simulator.faults().clear();
        tenant = simulator.estate().tenants().get(0);
    }

    private Response onboard(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/tenants");
    }

    @Test
    void onboardingDiscoversTheTenantsSubscriptionsAndStoresThemEnabled() {
        Response created = onboard(tenantBody("Contoso", tenant.tenantId(), simulator.baseUrl()));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/tenants/" + created.jsonPath().getString("id"));
        List<String> expected = simulator.estate().subscriptions().stream()
                .filter(s -> s.tenantId().equals(tenant.tenantId()))
                .map(SimSubscription::subscriptionId).toList();
        assertThat(created.jsonPath().getList("subscriptions.subscriptionId", String.class))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(created.jsonPath().getList("subscriptions.enabled", Boolean.class)).containsOnly(true);
        assertThat(created.jsonPath().getString("cloud.name")).isEqualTo("Custom");
        assertThat(created.jsonPath().getString("credential.type")).isEqualTo("none");
    }

    @Test
    void listedAndFetchedTenantsHaveTheShapeOfTheCreatedOne() {
        String id = onboard(tenantBody("Contoso", tenant.tenantId(), simulator.baseUrl())).jsonPath().getString("id");

        asAdmin().get("/api/v1/tenants").then().statusCode(200);
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items.id", String.class)).containsExactly(id);
        assertThat(asAdmin().get("/api/v1/tenants/" + id).jsonPath().getString("tenantId"))
                .isEqualTo(tenant.tenantId());
    }

    @Test
    void sameTenantTwiceIsAConflict() {
        onboard(tenantBody("Contoso", tenant.tenantId(), simulator.baseUrl())).then().statusCode(201);
        assertProblem(onboard(tenantBody("Again", tenant.tenantId(), simulator.baseUrl())), 409, "tenantId");
    }

    @Test
    void failedDiscoveryAnswers422AndStoresNothing() {
        simulator.faults().add(Fault.status(500).matching("^/subscriptions$"));

        Response response = onboard(tenantBody("Contoso", tenant.tenantId(), simulator.baseUrl()));

        assertProblem(response, 422, null);
        assertThat(response.jsonPath().getString("detail")).contains("500");
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void clientSecretThatCannotGetATokenIsRefusedWithoutEchoingTheSecret() {
        String body = """
                {"displayName": "Real", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "http://127.0.0.1:9"},
                 "credential": {"type": "client_secret", "clientId": "11111111-2222-3333-4444-555555555555",
                                "clientSecret": "s3cr3t-value-never-echoed"}}"""
                .formatted(tenant.tenantId(), simulator.baseUrl());

        Response response = onboard(body);

        assertProblem(response, 422, null);
        assertThat(response.asString()).doesNotContain("s3cr3t-value-never-echoed");
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        assertProblem(onboard("{\"displayName\": "), 400, null);
    }

    @Test
    void tenantIdThatIsNotAGuidIsNamed() {
        assertProblem(onboard(tenantBody("Contoso", "contoso.onmicrosoft.com", simulator.baseUrl())), 400,
                "tenantId");
    }

    @Test
    void endpointThatIsNotAUrlIsNamed() {
        assertProblem(onboard(tenantBody("Contoso", tenant.tenantId(), "not a url")), 400,
                "cloud.resourceManagerEndpoint");
    }

    @Test
    void aCustomCloudOnAHostTheInstallationDoesNotAllowIsRefusedNamingTheEndpoint() {
        Response refused = onboard(tenantBody("Contoso", tenant.tenantId(), "https://management.azure.com"));
        assertProblem(refused, 400, "cloud.resourceManagerEndpoint");
        assertThat(refused.jsonPath().getString("detail")).contains("PORTCULLIS_CUSTOM_CLOUD_HOSTS");
    }

    @Test
    void fieldOfTheWrongJsonTypeIsNamed() {
        assertProblem(onboard("{\"displayName\": 42}"), 400, "displayName");
    }

    @Test
    void unknownTenantIsNotFound() {
        assertProblem(asAdmin().get("/api/v1/tenants/8d1a2f37-0000-4000-8000-000000000000"), 404, "id");
        assertProblem(asAdmin().get("/api/v1/tenants/not-a-guid"), 400, "id");
    }
}
