package dev.portcullis.api.trends;

import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class TrendResourceTest {

    @ParameterizedTest(name = "from={0} to={1} granularity={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "28.11.2026, null,       null,  from",
            "null,       2026-13-01, null,  to",
            "1999-12-31, 2000-01-10, null,  from",
            "2026-11-28, 3000-01-01, null,  to",
            "2026-11-28, 2026-11-27, null,  from",
            "2023-01-01, 2026-01-03, null,  from",
            "null,       null,       month, granularity"})
    void aBadRangeOrGranularityIsABadRequestNamingTheParameter(String from, String to, String granularity,
                                                              String field) {
        var request = asViewer();
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        if (granularity != null) {
            request.queryParam("granularity", granularity);
        }
        assertProblem(request.get("/api/v1/trends"), 400, field);
    }

    @Test
    void aCheckOutsideTheCatalogueIsABadRequestNamingCheckId() {
        assertProblem(asViewer().queryParam("checkId", "vm_is_pretty").get("/api/v1/trends"), 400, "checkId");
    }

    @Test
    void aRangeUpToTheLongestSpanIsAnsweredByDayOrWeek() {
        Response oneDayByWeek = asViewer().queryParam("from", "2024-01-01")
                .queryParam("to", "2024-01-01").queryParam("granularity", "week").get("/api/v1/trends");
        Response longest = asViewer().queryParam("from", "2023-01-01")
                .queryParam("to", "2026-01-02").get("/api/v1/trends");

        assertThat(oneDayByWeek.statusCode()).as(oneDayByWeek.asString()).isEqualTo(200);
        assertThat(longest.statusCode()).as(longest.asString()).isEqualTo(200);
        assertThat(longest.jsonPath().getList("points")).isNotNull();
    }
}
