package dev.portcullis.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private enum Colour { RED, GREEN }

    @ParameterizedTest(name = "page={0} size={1} -> page {2} of {3}")
    @CsvSource(nullValues = "null", value = {
            "null, null, 0, 25",
            "0,    1,    0, 1",
            "3,    1000, 3, 1000",
            "2147483, 1000, 2147483, 1000",
            "2147483647, 1, 2147483647, 1"})
    void pagingWithinRangeIsTakenAsAskedAndDefaultsToTheFirstPage(Integer page, Integer size, int expectedPage,
                                                                   int expectedSize) {
        assertThat(QueryParams.paging(page, size, 25)).isEqualTo(new QueryParams.Paging(expectedPage, expectedSize));
    }

    @ParameterizedTest(name = "page={0} size={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "null, 0,    size",
            "null, 1001, size",
            "0,    -5,   size",
            "-1,   10,   page",
            "2147484, 1000, page",
            "2147483647, 2, page"})
    void pagingOutOfRangeIsABadRequestNamingTheParameter(Integer page, Integer size, String field) {
        assertThatThrownBy(() -> QueryParams.paging(page, size, 25))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(Response.Status.BAD_REQUEST);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void anEnumValueIsMatchedWithoutRegardToCaseOrSurroundingSpaceAndUpperCased() {
        assertThat(QueryParams.oneOf(" green ", "colour", Colour.values())).isEqualTo("GREEN");
        assertThat(QueryParams.oneOf("  ", "colour", Colour.values())).isNull();
        assertThat(QueryParams.oneOf(null, "colour", Colour.values())).isNull();
    }

    @Test
    void anEnumValueNotAllowedIsABadRequestListingTheAllowedOnes() {
        assertThatThrownBy(() -> QueryParams.oneOf("blue", "colour", Colour.values()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("colour");
                    assertThat(e.getMessage()).contains("RED", "GREEN");
                });
    }
}
