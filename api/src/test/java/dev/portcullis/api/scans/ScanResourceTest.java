package dev.portcullis.api.scans;

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

@QuarkusTest
class ScanResourceTest {

    @Inject
    TestTenants tenants;

    @Test
    void askingForBothATenantAndASubscriptionIsABadRequestNamingSubscriptionId() {
        assertProblem(asOperator().contentType(ContentType.JSON).body("""
                {"tenant": "%s", "subscriptionId": "%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
                .post("/api/v1/scans"), 400, "subscriptionId");
    }

    @Test
    void aTenantOrSubscriptionOfTheWrongTypeOrFormIsABadRequestNamingIt() {
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"tenant\": 7}").post("/api/v1/scans"),
                400, "tenant");
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"subscriptionId\": \"sub-1\"}")
                .post("/api/v1/scans"), 400, "subscriptionId");
    }

    @Test
    void aSubscriptionNotAmongTheCallersIsNotFoundNamingSubscriptionId() {
        assertProblem(asOperator().contentType(ContentType.JSON).body("""
                {"subscriptionId": "%s"}""".formatted(UUID.randomUUID())).post("/api/v1/scans"), 404,
                "subscriptionId");
    }

    @Test
    void aBackDatedScanIsRefusedNamingAsOfWhereBackDatingIsOff() {
        assertProblem(asOperator().contentType(ContentType.JSON).body("{\"asOf\": \"2026-11-01T09:00:00Z\"}")
                .post("/api/v1/scans"), 400, "asOf");
    }

    @Test
    void anOperatorOfSomeTenantsAskingToScanEverythingIsForbiddenAndToldToNameATenant() {
        TestTenants.Seeded own = tenants.onboarded("Scan scope");

        assertProblem(asOperatorOf(own.tenantId()).contentType(ContentType.JSON).body("{}").post("/api/v1/scans"),
                403, "tenant");
    }

    @Test
    void anOperatorOfSomeTenantsDoesNotSeeAnotherTenantToScanIt() {
        TestTenants.Seeded own = tenants.onboarded("Scan own");
        TestTenants.Seeded other = tenants.onboarded("Scan other");

        assertProblem(asOperatorOf(own.tenantId()).contentType(ContentType.JSON)
                .body("{\"tenant\": \"" + other.tenantId() + "\"}").post("/api/v1/scans"), 404, "tenant");
        assertProblem(asOperatorOf(own.tenantId()).contentType(ContentType.JSON)
                .body("{\"subscriptionId\": \"" + other.subscriptionId() + "\"}").post("/api/v1/scans"), 404,
                "subscriptionId");
    }

    @Test
    void aScanRequestIsAcceptedWith202AndItsLocationAnswersTheScan() {
        TestTenants.Seeded tenant = tenants.onboarded("Scan accepted");

        Response accepted = asOperator().contentType(ContentType.JSON)
                .body("{\"tenant\": \"" + tenant.id() + "\"}").post("/api/v1/scans");

        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        String id = accepted.jsonPath().getString("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/scans/" + id);
        assertThat(accepted.jsonPath().getString("status")).isEqualTo("QUEUED");
        assertThat(asViewer().get("/api/v1/scans/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void theRecentScansRefuseASizeOutOfRangeNamingIt() {
        assertProblem(asViewer().queryParam("size", 0).get("/api/v1/scans"), 400, "size");
        assertProblem(asViewer().queryParam("size", 1001).get("/api/v1/scans"), 400, "size");
        assertThat(asViewer().queryParam("size", 1000).get("/api/v1/scans").statusCode()).isEqualTo(200);
    }

    @Test
    void aScanIdThatIsNoGuidIsABadRequestAndAnUnknownOneIsNotFound() {
        assertProblem(asViewer().get("/api/v1/scans/latest"), 400, "id");
        assertProblem(asViewer().get("/api/v1/scans/" + UUID.randomUUID()), 404, "id");
        assertProblem(asViewer().get("/api/v1/scans/" + UUID.randomUUID() + "/diff"), 404, "id");
    }
}
