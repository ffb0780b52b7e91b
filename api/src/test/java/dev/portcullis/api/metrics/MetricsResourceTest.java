package dev.portcullis.api.metrics;

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
class MetricsResourceTest {

    @ParameterizedTest(name = "from={0} to={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "yesterday,  null,                  from",
            "null,       2026-11-28T25:00:00Z,  to",
            "2026-11-28, 2026-11-01,            from",
            "2020-01-01, 2026-01-01,            from"})
    void aBadWindowIsABadRequestNamingTheParameter(String from, String to, String field) {
        var request = asViewer();
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        assertProblem(request.get("/api/v1/metrics/remediation"), 400, field);
    }

    @Test
    void aTenantThatIsNotOnboardedIsNotFoundNamingTheParameter() {
        assertProblem(asViewer().queryParam("tenant", UUID.randomUUID().toString())
                .get("/api/v1/metrics/remediation"), 404, "tenant");
    }

    @Test
    void aWindowOfDatesOrInstantsIsAnswered() {
        Response dates = asViewer().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get("/api/v1/metrics/remediation");
        Response instants = asViewer().queryParam("from", "2026-01-01T06:00:00Z")
                .queryParam("to", "2026-01-01T18:00:00Z").get("/api/v1/metrics/remediation");

        assertThat(dates.statusCode()).as(dates.asString()).isEqualTo(200);
        assertThat(instants.statusCode()).as(instants.asString()).isEqualTo(200);
    }
}
