package dev.portcullis.api;

import static dev.portcullis.api.support.Api.anonymous;
import static dev.portcullis.api.support.Api.asOperator;
import static dev.portcullis.api.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role each operation needs, as the resources declare it: without credentials a 401, with a role below the one
 * needed a 403, before the request is read. (The problem bodies of these two answers, and the sign-in itself, are the
 * application's: deploy tests them.)
 */
@QuarkusTest
class RolesAndCredentialsTest {

    private static final String ID = UUID.randomUUID().toString();

    private record Call(String name, Function<RequestSpecification, Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Call post(String path) {
        return new Call("POST " + path, r -> r.contentType(ContentType.JSON).body("{}").post(path));
    }

    private static Call patch(String path) {
        return new Call("PATCH " + path, r -> r.contentType(ContentType.JSON).body("{}").patch(path));
    }

    private static Call delete(String path) {
        return new Call("DELETE " + path, r -> r.contentType(ContentType.JSON).delete(path));
    }

    private static Call get(String path) {
        return new Call("GET " + path, r -> r.get(path));
    }

    static Stream<Arguments> operatorWrites() {
        return Stream.of(post("/api/v1/scans"), post("/api/v1/tenants"), post("/api/v1/tenants/" + ID + "/self-check"),
                patch("/api/v1/tenants/" + ID), patch("/api/v1/tenants/" + ID + "/subscriptions/" + ID),
                post("/api/v1/suppressions"), delete("/api/v1/suppressions/" + ID)).map(Arguments::of);
    }

    static Stream<Arguments> adminOperations() {
        return Stream.of(delete("/api/v1/tenants/" + ID), get("/api/v1/users"), get("/api/v1/users/" + ID),
                post("/api/v1/users"), patch("/api/v1/users/" + ID), delete("/api/v1/users/" + ID),
                delete("/api/v1/users/" + ID + "/tokens"), get("/api/v1/audit"), get("/api/v1/audit/export"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"operatorWrites", "adminOperations"})
    void withoutCredentialsAWriteOrAnAdministrationIsUnauthorized(Call call) {
        assertThat(call.send().apply(anonymous()).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorWrites")
    void aViewerMayNotWrite(Call call) {
        assertThat(call.send().apply(asViewer()).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOperations")
    void anOperatorMayNotAdministerAccountsReadTheAuditLogOrOffboard(Call call) {
        assertThat(call.send().apply(asOperator()).statusCode()).isEqualTo(403);
    }
}
