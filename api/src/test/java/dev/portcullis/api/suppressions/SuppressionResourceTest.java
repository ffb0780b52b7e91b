package dev.portcullis.api.suppressions;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SuppressionResourceTest {

    private static final String VM = "/subscriptions/6f1c2d3e-0000-4000-8000-000000000001/resourceGroups/rg"
            + "/providers/Microsoft.Compute/virtualMachines/vm1";

    @Inject
    TestTenants tenants;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"checkId\": \"vm_jit_enabled\", \"resourceId\": \"" + VM + "\"}                           | reason",
            "{\"tag\": \"env=dev\", \"reason\": \"   \"}                                                   | reason",
            "{\"tag\": \"env=dev\", \"reason\": 5}                                                       | reason",
            "{\"checkId\": \"vm_is_pretty\", \"resourceId\": \"" + VM + "\", \"reason\": \"r\"}          | checkId",
            "{\"reason\": \"no scope\"}                                                                   | resourceId",
            "{\"tag\": \"env=dev\", \"resourceGroup\": \"rg\", \"reason\": \"two scopes\"}               | resourceId",
            "{\"resourceId\": \"" + VM + "\", \"reason\": \"which check?\"}                              | checkId",
            "{\"checkId\": \"vm_jit_enabled\", \"resourceId\": \"vm1\", \"reason\": \"r\"}               | resourceId",
            "{\"resourceGroup\": \"rg\", \"reason\": \"which subscription?\"}                            | subscriptionId",
            "{\"resourceGroup\": \"rg\", \"subscriptionId\": \"sub\", \"reason\": \"r\"}                 | subscriptionId",
            "{\"tag\": \"env\", \"reason\": \"r\"}                                                       | tag",
            "{\"tag\": \"=dev\", \"reason\": \"r\"}                                                      | tag",
            "{\"tag\": \"env=\", \"reason\": \"r\"}                                                      | tag",
            "{\"tag\": \"env=dev\", \"reason\": \"r\", \"expiresAt\": \"tomorrow\"}                      | expiresAt",
            "{\"tag\": \"env=dev\", \"reason\": \"r\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}          | expiresAt"})
    void anIncompleteOrMalformedSuppressionIsABadRequestNamingTheField(String body, String field) {
        assertProblem(asOperator().contentType(ContentType.JSON).body(body.trim()).post("/api/v1/suppressions"),
                400, field);
    }

    @Test
    void aReasonLongerThanAThousandCharactersIsABadRequestNamingReason() {
        assertProblem(asOperator().contentType(ContentType.JSON)
                .body("{\"tag\": \"env=dev\", \"reason\": \"" + "x".repeat(1001) + "\"}")
                .post("/api/v1/suppressions"), 400, "reason");
    }

    @Test
    void anOperatorOfSomeTenantsMayNotSuppressByTagWhichAppliesInEveryTenant() {
        TestTenants.Seeded own = tenants.onboarded("Suppress by tag");

        assertProblem(asOperatorOf(own.tenantId()).contentType(ContentType.JSON)
                .body("{\"tag\": \"env=dev\", \"reason\": \"dev machines\"}").post("/api/v1/suppressions"), 403,
                "tag");
    }

    @Test
    void anOperatorOfSomeTenantsSeesASubscriptionOutsideThemAsUnknown() {
        TestTenants.Seeded own = tenants.onboarded("Suppress own");
        TestTenants.Seeded other = tenants.onboarded("Suppress other");

        assertProblem(asOperatorOf(own.tenantId()).contentType(ContentType.JSON).body("""
                {"resourceGroup": "rg", "subscriptionId": "%s", "reason": "r"}""".formatted(other.subscriptionId()))
                .post("/api/v1/suppressions"), 404, "subscriptionId");
        Response inOwn = asOperatorOf(own.tenantId()).contentType(ContentType.JSON).body("""
                {"resourceGroup": "rg", "subscriptionId": "%s", "reason": "r"}""".formatted(own.subscriptionId()))
                .post("/api/v1/suppressions");
        assertThat(inOwn.statusCode()).as(inOwn.asString()).isEqualTo(201);
    }

    @Test
    void aSuppressionIsCreatedWithItsLocationListedAndDeleted() {
        String expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        Response created = asOperator().contentType(ContentType.JSON).body("""
                {"checkId": "vm_jit_enabled", "tag": " team = lab ", "reason": " lab machines ",
                 "expiresAt": "%s"}""".formatted(expires)).post("/api/v1/suppressions");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/suppressions/" + id);
        assertThat(created.jsonPath().getString("reason")).isEqualTo("lab machines");
        assertThat(created.jsonPath().getString("author")).isEqualTo("OPERATOR");
        assertThat(asViewer().get("/api/v1/suppressions").jsonPath().getList("items.id")).contains(id);

        assertThat(asOperator().contentType(ContentType.JSON).delete("/api/v1/suppressions/" + id).statusCode())
                .isEqualTo(204);
        assertThat(asViewer().get("/api/v1/suppressions").jsonPath().getList("items.id")).doesNotContain(id);
        assertProblem(asOperator().contentType(ContentType.JSON).delete("/api/v1/suppressions/" + id), 404, "id");
    }

    @Test
    void deletingWithAnIdThatIsNoGuidIsABadRequestNamingId() {
        assertProblem(asOperator().contentType(ContentType.JSON).delete("/api/v1/suppressions/" + "not-a-guid"), 400,
                "id");
        assertProblem(asOperator().contentType(ContentType.JSON).delete("/api/v1/suppressions/" + UUID.randomUUID()),
                404, "id");
    }
}
