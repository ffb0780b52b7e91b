package dev.portcullis.api.vms;

import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class VmResourceTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "jitStatus, SORT_OF",
            "subscriptionId, x",
            "tenant, not-a-guid",
            "page, -3",
            "size, 5000"})
    void aBadFilterOrPagingParameterIsABadRequestNamingIt(String parameter, String value) {
        assertProblem(asViewer().queryParam(parameter, value).get("/api/v1/vms"), 400, parameter);
    }

    @Test
    void aTenantThatIsNotOnboardedIsNotFoundNamingTheParameter() {
        assertProblem(asViewer().queryParam("tenant", UUID.randomUUID().toString()).get("/api/v1/vms"), 404,
                "tenant");
    }

    @Test
    void aJitStatusInLowerCaseIsAcceptedAndThePageIsAnswered() {
        Response page = asViewer().queryParam("jitStatus", "partial").queryParam("size", 3)
                .get("/api/v1/vms");

        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        assertThat(page.jsonPath().getInt("size")).isEqualTo(3);
        assertThat(page.jsonPath().getLong("total")).isZero();
    }
}
