package dev.portcullis.api.findings;

import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.api.support.TestTenants;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FindingResourceTest {

    @Inject
    TestTenants tenants;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "status, SOMETIMES",
            "severity, catastrophic",
            "checkId, vm_is_pretty",
            "subscriptionId, not-a-guid",
            "tenant, 42",
            "page, -1",
            "size, 0",
            "size, 1001"})
    void aBadFilterOrPagingParameterIsABadRequestNamingIt(String parameter, String value) {
        assertProblem(asViewer().queryParam(parameter, value).get("/api/v1/findings"), 400, parameter);
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedByName() {
        assertProblem(asViewer().queryParam("page", 3_000_000).queryParam("size", 1000).get("/api/v1/findings"),
                400, "page");
    }

    @Test
    void aTenantThatIsNotOnboardedIsNotFoundNamingTheParameter() {
        assertProblem(asViewer().queryParam("tenant", UUID.randomUUID().toString()).get("/api/v1/findings"), 404,
                "tenant");
    }

    @Test
    void validFiltersInAnyCaseAnswerThePageAndSizeAskedFor() {
        TestTenants.Seeded tenant = tenants.onboarded("Findings filters");

        Response page = asViewer().queryParam("status", "open").queryParam("severity", "high")
                .queryParam("tenant", tenant.tenantId().toString())
                .queryParam("subscriptionId", tenant.subscriptionId().toString())
                .queryParam("page", 2).queryParam("size", 7).get("/api/v1/findings");

        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        assertThat(page.jsonPath().getInt("page")).isEqualTo(2);
        assertThat(page.jsonPath().getInt("size")).isEqualTo(7);
        assertThat(page.jsonPath().getList("items")).isEmpty();
    }

    @Test
    void withoutPagingTheFirstPageOfAHundredIsAnswered() {
        Response page = asViewer().get("/api/v1/findings");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.jsonPath().getInt("page")).isZero();
        assertThat(page.jsonPath().getInt("size")).isEqualTo(100);
    }

    @Test
    void aFindingIdThatIsNoGuidIsABadRequestAndAnUnknownOneIsNotFound() {
        assertProblem(asViewer().get("/api/v1/findings/42"), 400, "id");
        assertProblem(asViewer().get("/api/v1/findings/" + UUID.randomUUID()), 404, "id");
        assertProblem(asViewer().get("/api/v1/findings/" + UUID.randomUUID() + "/events"), 404, "id");
    }
}
