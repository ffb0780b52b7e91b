package dev.portcullis.api.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** The API as the resource tests call it: as a role over every tenant, or over one tenant, or as nobody. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification asViewer() {
        return as("VIEWER");
    }

    public static RequestSpecification asOperator() {
        return as("OPERATOR");
    }

    public static RequestSpecification asAdmin() {
        return as("ADMIN");
    }

    /** An operator whose grant covers one Entra tenant only. */
    public static RequestSpecification asOperatorOf(UUID entraTenantId) {
        return as("OPERATOR@" + entraTenantId);
    }

    public static RequestSpecification anonymous() {
        return given();
    }

    private static RequestSpecification as(String caller) {
        return given().auth().preemptive().basic(caller, "test");
    }

    /** An {@code application/problem+json} answer with this status, a detail, and the field at fault (if given). */
    public static void assertProblem(Response response, int status, String field) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.jsonPath().getString("field")).isEqualTo(field);
    }
}
