package dev.portcullis.api.access;

import static dev.portcullis.api.support.Api.asAdmin;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accounts, tokens and the audit log: what their requests must hold before any account or token is touched. */
@QuarkusTest
class AccessResourcesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"username\": \"u\", \"password\": \"p\", \"tenants\": [\"*\"]}                    | role",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"viewer\", \"tenants\": [\"*\"]} | role",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"ROOT\", \"tenants\": [\"*\"]}   | role",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"VIEWER\"}                      | tenants",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"VIEWER\", \"tenants\": []}       | tenants",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"VIEWER\", \"tenants\": \"*\"}    | tenants",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"VIEWER\", \"tenants\": [1]}      | tenants",
            "{\"username\": \"u\", \"password\": \"p\", \"role\": \"VIEWER\", \"tenants\": [\"acme\"]} | tenants",
            "{\"username\": 7, \"password\": \"p\", \"role\": \"VIEWER\", \"tenants\": [\"*\"]}     | username",
            "{\"username\": \"u\", \"password\": [], \"role\": \"VIEWER\", \"tenants\": [\"*\"]}    | password"})
    void aNewAccountWithAMalformedFieldIsABadRequestNamingIt(String body, String field) {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body.trim()).post("/api/v1/users"), 400, field);
    }

    @Test
    void everyTenantAlongsideNamedTenantsIsABadRequestNamingTenants() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("""
                {"username": "u", "password": "p", "role": "VIEWER", "tenants": ["*", "%s"]}"""
                .formatted(UUID.randomUUID())).post("/api/v1/users"), 400, "tenants");
    }

    @Test
    void anAccountChangeWithANonBooleanUnlockOrAHalfGrantIsABadRequestNamingTheField() {
        String path = "/api/v1/users/" + UUID.randomUUID();

        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"unlock\": \"yes\"}").patch(path), 400,
                "unlock");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"role\": \"OPERATOR\"}").patch(path), 400,
                "tenants");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"tenants\": [\"*\"]}").patch(path), 400,
                "role");
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"unlock\": true}")
                .patch("/api/v1/users/admin"), 400, "id");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"ci\", \"role\": \"VIEWER\", \"tenants\": [\"*\"], \"expiresAt\": \"next year\"} | expiresAt",
            "{\"name\": \"ci\", \"role\": \"VIEWER\", \"tenants\": [\"*\"], \"expiresAt\": 1767225600}    | expiresAt",
            "{\"name\": \"ci\", \"tenants\": [\"*\"], \"expiresAt\": \"2027-01-31T00:00:00Z\"}           | role",
            "{\"name\": \"ci\", \"role\": \"VIEWER\", \"expiresAt\": \"2027-01-31T00:00:00Z\"}           | tenants",
            "{\"name\": {}, \"role\": \"VIEWER\", \"tenants\": [\"*\"]}                                  | name"})
    void aNewTokenWithAMalformedFieldIsABadRequestNamingIt(String body, String field) {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body.trim()).post("/api/v1/tokens"), 400, field);
    }

    @Test
    void revokingATokenByAnIdThatIsNoGuidIsABadRequestNamingId() {
        assertProblem(asAdmin().contentType(ContentType.JSON).delete("/api/v1/tokens/ci-token"), 400, "id");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "from, yesterday",
            "to, 2026-11-28",
            "page, -1",
            "size, 1001"})
    void theAuditLogRefusesAMalformedFilterOrPageNamingIt(String parameter, String value) {
        assertProblem(asAdmin().queryParam(parameter, value).get("/api/v1/audit"), 400, parameter);
    }

    @Test
    void theAuditExportRefusesAFormatOtherThanCsvOrJson() {
        assertProblem(asAdmin().queryParam("format", "xlsx").get("/api/v1/audit/export"), 400, "format");
    }

    @Test
    void theAuditExportIsAnAttachmentInTheFormatAskedFor() {
        Response csv = asAdmin().get("/api/v1/audit/export");
        Response json = asAdmin().queryParam("format", "json").get("/api/v1/audit/export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"portcullis-audit.csv\"");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"portcullis-audit.json\"");
    }
}
