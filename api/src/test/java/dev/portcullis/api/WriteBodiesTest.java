package dev.portcullis.api;

import static dev.portcullis.api.support.Api.asAdmin;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write takes JSON only: another media type is refused with 415 before anything is read, and a body that is not
 * a JSON object is a 400 problem that names no field (the body as a whole is at fault).
 */
@QuarkusTest
class WriteBodiesTest {

    private static final String ID = UUID.randomUUID().toString();

    static Stream<Arguments> bodiedWrites() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/scans"),
                Arguments.of("POST", "/api/v1/tenants"),
                Arguments.of("POST", "/api/v1/suppressions"),
                Arguments.of("POST", "/api/v1/tokens"),
                Arguments.of("POST", "/api/v1/users"),
                Arguments.of("PATCH", "/api/v1/users/" + ID));
    }

    static Stream<Arguments> everyWrite() {
        return Stream.concat(bodiedWrites(), Stream.of(
                Arguments.of("POST", "/api/v1/tenants/" + ID + "/self-check"),
                Arguments.of("PATCH", "/api/v1/tenants/" + ID),
                Arguments.of("PATCH", "/api/v1/tenants/" + ID + "/subscriptions/" + ID),
                Arguments.of("DELETE", "/api/v1/tenants/" + ID),
                Arguments.of("DELETE", "/api/v1/suppressions/" + ID),
                Arguments.of("DELETE", "/api/v1/tokens/" + ID),
                Arguments.of("DELETE", "/api/v1/users/" + ID),
                Arguments.of("DELETE", "/api/v1/users/" + ID + "/tokens")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWrite")
    void aWriteWithAPlainTextBodyIsUnsupported(String method, String path) {
        assertThat(asAdmin().contentType(ContentType.TEXT).body("{}").request(method, path).statusCode())
                .isEqualTo(415);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodiedWrites")
    void aWriteWithAFormBodyIsUnsupported(String method, String path) {
        assertThat(asAdmin().contentType(ContentType.URLENC).formParam("role", "ADMIN").request(method, path)
                .statusCode()).isEqualTo(415);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodiedWrites")
    void aWriteWithMalformedJsonIsABadRequestNamingNoField(String method, String path) {
        Response response = asAdmin().contentType(ContentType.JSON).body("{\"displayName\": ").request(method, path);

        assertProblem(response, 400, null);
        assertThat(response.jsonPath().getString("detail")).startsWith("The request body is not valid JSON");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodiedWrites")
    void aWriteWithAJsonArrayIsABadRequestNamingNoField(String method, String path) {
        Response response = asAdmin().contentType(ContentType.JSON).body("[{}]").request(method, path);

        assertProblem(response, 400, null);
        assertThat(response.jsonPath().getString("detail")).isEqualTo("The request body must be a JSON object");
    }

    @Test
    void aRefusedWriteChangesNothing() {
        int before = asAdmin().get("/api/v1/suppressions").jsonPath().getList("items").size();

        asAdmin().contentType(ContentType.TEXT).body("{\"tag\": \"env=dev\", \"reason\": \"text\"}")
                .post("/api/v1/suppressions");
        asAdmin().contentType(ContentType.JSON).body("{\"tag\": \"env=dev\", \"reason\": ")
                .post("/api/v1/suppressions");

        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items")).hasSize(before);
    }
}
