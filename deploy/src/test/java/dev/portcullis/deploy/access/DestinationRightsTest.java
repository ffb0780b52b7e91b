package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Destinations with the application's real sign-in: one made with an API token belongs to the token's owner and the
 * token's tenants, and leaves its creator's sight when the creator's rights no longer cover it; its URL's path and its
 * secret are nowhere in a dump of the database.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class DestinationRightsTest {

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    private static String body(String name, String url, String secret) {
        return """
                {"name": "%s", "type": "webhook", "url": "%s", "secret": "%s", "language": "en",
                 "minSeverity": "high", "events": ["finding.opened"]}""".formatted(name, url, secret);
    }

    @Test
    void aDestinationMadeWithATokenBelongsToItsOwnerOverTheTokensTenantsAndLeavesSightWhenTheOwnerIsNarrowed() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String owner = People.account("destination-owner", "OPERATOR", List.of(first, second));
        String token = People.token(owner, "OPERATOR", List.of(first));

        Response created = People.withToken(token).contentType(ContentType.JSON)
                .body(body("Made with a token", "https://203.0.113.30/hook", "a-signing-secret-of-length"))
                .post("/api/v1/destinations");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.jsonPath().getList("tenants")).containsExactly(first);
        assertThat(created.jsonPath().getString("createdBy")).contains(owner);
        UUID ownerRef = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select owner_ref from destination where id = :id").setParameter("id", UUID.fromString(id))
                .getSingleResult());
        assertThat(ownerRef).hasToString(People.accountId(owner));
        assertThat(People.as(owner).get("/api/v1/destinations/" + id).statusCode()).isEqualTo(200);

        asAdmin().contentType(ContentType.JSON).body("{\"role\": \"OPERATOR\", \"tenants\": [\"%s\"]}"
                .formatted(second)).patch("/api/v1/users/" + People.accountId(owner)).then().statusCode(200);

        assertThat(People.as(owner).get("/api/v1/destinations/" + id).statusCode()).isEqualTo(404);
        assertThat(People.withToken(token).get("/api/v1/destinations").jsonPath().getList("items")).isEmpty();
        assertThat(asAdmin().get("/api/v1/destinations/" + id).jsonPath().getList("tenants")).as("kept")
                .containsExactly(first);
    }

    @Test
    void aDestinationsUrlPathAndSecretAreNowhereInADatabaseDumpNorInWhatTheApiSays() throws Exception {
        String path = "/services/T0DUMP/B0DUMP/" + UUID.randomUUID();
        String secret = "dump-me-not-" + UUID.randomUUID();
        Response created = asAdmin().contentType(ContentType.JSON)
                .body(body("Dumped", "https://203.0.113.31" + path, secret)).post("/api/v1/destinations");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        String dump = pgDump();

        assertThat(dump).contains("pcs1.").doesNotContain(path).doesNotContain(secret);
        String everythingTheApiSays = created.asString() + asAdmin().get("/api/v1/destinations").asString()
                + asAdmin().queryParam("format", "json").get("/api/v1/audit/export").asString();
        assertThat(everythingTheApiSays).doesNotContain(path).doesNotContain(secret).doesNotContain("pcs1.");
    }

    private String pgDump() throws IOException, InterruptedException {
        URI uri = URI.create(database.connection().jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--data-only", "--table=destination", "-h",
                uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", database.connection().user(),
                uri.getPath().substring(1));
        builder.environment().put("PGPASSWORD", database.connection().password());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pg_dump: " + out).isZero();
        return out;
    }
}
