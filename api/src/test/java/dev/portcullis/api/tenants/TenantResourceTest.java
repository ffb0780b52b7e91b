package dev.portcullis.api.tenants;

import static dev.portcullis.api.support.Api.asAdmin;
import static dev.portcullis.api.support.Api.asOperator;
import static dev.portcullis.api.support.Api.asOperatorOf;
import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.api.support.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class TenantResourceTest {

    @Inject
    TestTenants tenants;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"displayName\": \"A\", \"tenantId\": \"contoso\", \"credential\": {\"type\": \"none\"}}  | tenantId",
            "{\"displayName\": \"A\", \"tenantId\": 5}                                                | tenantId",
            "{\"displayName\": [\"A\"]}                                                                | displayName",
            "{\"displayName\": \"A\", \"cloud\": \"Public\"}                                           | cloud",
            "{\"displayName\": \"A\", \"cloud\": {\"resourceManagerEndpoint\": 443}}                   | cloud.resourceManagerEndpoint",
            "{\"displayName\": \"A\", \"credential\": [\"secret\"]}                                    | credential",
            "{\"displayName\": \"A\", \"credential\": {\"type\": true}}                                | credential.type",
            "{\"displayName\": \"A\", \"credential\": {\"clientSecret\": {}}}                          | credential.clientSecret"})
    void aMalformedOnboardingFieldIsABadRequestNamingItsPath(String body, String field) {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body.trim()).post("/api/v1/tenants"), 400, field);
    }

    @Test
    void aCustomCloudOnLoopbackIsRefusedNamingTheEndpointWhereTheInstallationDoesNotAllowIt() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Lab", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "http://127.0.0.1:8089",
                           "authorityHost": "http://127.0.0.1:8089"},
                 "credential": {"type": "none"}}""".formatted(UUID.randomUUID())).post("/api/v1/tenants"), 400,
                "cloud.resourceManagerEndpoint");
    }

    @Test
    void aTenantIsFoundByItsPortcullisIdAndAnUnknownOrMalformedIdIsAProblemNamingId() {
        TestTenants.Seeded tenant = tenants.onboarded("Tenant lookup");

        Response found = asViewer().get("/api/v1/tenants/" + tenant.id());

        assertThat(found.statusCode()).as(found.asString()).isEqualTo(200);
        assertThat(found.jsonPath().getString("tenantId")).isEqualTo(tenant.tenantId().toString());
        assertProblem(asViewer().get("/api/v1/tenants/" + UUID.randomUUID()), 404, "id");
        assertProblem(asViewer().get("/api/v1/tenants/tenant-1"), 400, "id");
    }

    @Test
    void aCallerLimitedToSomeTenantsListsAndReadsOnlyThose() {
        TestTenants.Seeded own = tenants.onboarded("Tenant own");
        TestTenants.Seeded other = tenants.onboarded("Tenant other");

        assertThat(asOperatorOf(own.tenantId()).get("/api/v1/tenants").jsonPath().getList("items.id"))
                .containsExactly(own.id().toString());
        assertProblem(asOperatorOf(own.tenantId()).get("/api/v1/tenants/" + other.id()), 404, "id");
    }

    @Test
    void switchingASubscriptionNeedsABooleanAndAKnownSubscription() {
        TestTenants.Seeded tenant = tenants.onboarded("Tenant switch");
        String path = "/api/v1/tenants/" + tenant.id() + "/subscriptions/";

        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"enabled\": \"no\"}")
                .patch(path + tenant.subscriptionId()), 400, "enabled");
        assertProblem(asOperator().contentType(ContentType.JSON).body("{}")
                .patch(path + tenant.subscriptionId()), 400, "enabled");
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .patch(path + "sub-1"), 400, "subscriptionId");
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .patch(path + UUID.randomUUID()), 404, "subscriptionId");
    }

    @Test
    void aSubscriptionSwitchedOffIsAnsweredDisabledInTheTenant() {
        TestTenants.Seeded tenant = tenants.onboarded("Tenant switched off");

        Response changed = asOperator().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .patch("/api/v1/tenants/" + tenant.id() + "/subscriptions/" + tenant.subscriptionId());

        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getList("subscriptions.enabled", Boolean.class)).containsExactly(false);
    }

    @Test
    void aCredentialChangeWithoutACredentialIsABadRequestNamingIt() {
        TestTenants.Seeded tenant = tenants.onboarded("Tenant credential");

        assertProblem(asOperator().contentType(ContentType.JSON).body("{}").patch("/api/v1/tenants/" + tenant.id()),
                400, "credential");
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"credential\": {\"clientId\": 1}}")
                .patch("/api/v1/tenants/" + tenant.id()), 400, "credential.clientId");
    }

    @Test
    void offboardingSaysWhatBecomesOfTheHistoryAndRepeatsTheEntraTenantId() {
        TestTenants.Seeded tenant = tenants.onboarded("Tenant offboard");
        String path = "/api/v1/tenants/" + tenant.id();

        assertProblem(asAdmin().contentType(ContentType.JSON).queryParam("confirm", tenant.tenantId().toString())
                .delete(path), 400, "history");
        assertProblem(asAdmin().contentType(ContentType.JSON).queryParam("history", "archive")
                .queryParam("confirm", tenant.tenantId().toString()).delete(path), 400, "history");
        assertProblem(asAdmin().contentType(ContentType.JSON).queryParam("history", "purge")
                .queryParam("confirm", tenant.id().toString()).delete(path), 400, "confirm");
        assertThat(asViewer().get(path).statusCode()).as("nothing was offboarded").isEqualTo(200);

        assertThat(asAdmin().contentType(ContentType.JSON).queryParam("history", "purge")
                .queryParam("confirm", tenant.tenantId().toString().toUpperCase()).delete(path).statusCode())
                .isEqualTo(204);
        assertProblem(asViewer().get(path), 404, "id");
    }
}
