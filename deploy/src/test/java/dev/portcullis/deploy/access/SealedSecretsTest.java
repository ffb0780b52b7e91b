package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.persistence.secret.MasterKeyRing;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.secret.SecretResealing;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant onboarded with a client secret, through azure-identity's ClientSecretCredential against the simulator's
 * Entra ID: the secret is sealed at rest, opens for scans, and is nowhere in a dump of the database.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SealedSecretsTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final String SECRET = "Zq8~portcullis-test-secret-" + System.nanoTime();

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    @Inject
    SecretResealing resealing;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void emptyDatabaseAndAnAppRegistration() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, SECRET);
    }

    private Response onboard(String secret) {
        return asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Contoso", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "client_secret", "clientId": "%s", "clientSecret": "%s"}}"""
                .formatted(DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl(), simulator.baseUrl(), CLIENT_ID, secret))
                .post("/api/v1/tenants");
    }

    @Test
    void aClientSecretIsSealedAtRestOpensForScansAndIsNowhereInADatabaseDump() throws Exception {
        Response onboarded = onboard(SECRET);
        assertThat(onboarded.statusCode()).isEqualTo(201);
        assertThat(onboarded.jsonPath().getString("credential.type")).isEqualTo("client_secret");

        JsonPath scan = scanAndWait("{}");
        assertThat(scan.getString("status")).as("the sealed secret opened and azure-identity got a token")
                .isEqualTo("SUCCEEDED");
        assertThat(simulator.requests()).anyMatch(r -> r.path().endsWith("/oauth2/v2.0/token") && r.status() == 200);

        String sealed = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select client_secret_sealed from tenant").getSingleResult());
        assertThat(sealed).startsWith("pcs1.");
        String dump = pgDump();
        assertThat(dump).contains(sealed.substring(0, 20));
        assertThat(dump).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
        String everythingTheApiSays = onboarded.asString() + asAdmin().get("/api/v1/tenants").asString()
                + asAdmin().queryParam("format", "json").get("/api/v1/audit/export").asString();
        assertThat(everythingTheApiSays).doesNotContain(SECRET).doesNotContain("pcs1.");
    }

    @Test
    void aWrongClientSecretIsRefusedAtOnboardingWithoutEchoAndNothingIsStored() {
        Response refused = onboard("not-the-secret-" + System.nanoTime());

        assertProblem(refused, 422, null);
        assertThat(refused.asString()).doesNotContain("not-the-secret-");
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void restartResealsUnderTheNewKeyAndASecretWhoseKeyIsGoneFailsOnlyItsTenantsScan() {
        assertThat(onboard(SECRET).statusCode()).isEqualTo(201);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String testKey = "dGVzdCBtYXN0ZXIga2V5IG9mIDMyIGJ5dGVzISEhISE=";
        SecretBox rotated = new SecretBox(MasterKeyRing.of(List.of(Base64.getEncoder().encodeToString(fresh),
                testKey)));

        int[] counts = QuarkusTransaction.requiringNew().call(() -> new SecretResealing(rotated).reseal());

        assertThat(counts).containsExactly(0, 1);
        String sealed = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select client_secret_sealed from tenant").getSingleResult());
        assertThat(SecretBox.keyIdOf(sealed)).isEqualTo(rotated.currentKeyId());
        JsonPath scan = scanAndWait("{}");
        assertThat(scan.getString("status")).as("this app only has the old key now gone from the ring")
                .isEqualTo("FAILED");
        assertThat(scan.getString("subscriptions[0].error")).contains("sealed under master key "
                + rotated.currentKeyId()).doesNotContain(SECRET);
    }

    @Test
    void aSecretSealedUnderAKeyNoLongerConfiguredDoesNotStopTheStartAndTheOtherSecretsAreStillSealed() {
        assertThat(onboard(SECRET).statusCode()).isEqualTo(201);
        byte[] gone = new byte[32];
        new SecureRandom().nextBytes(gone);
        SecretBox elsewhere = new SecretBox(MasterKeyRing.of(List.of(Base64.getEncoder().encodeToString(gone))));
        QuarkusTransaction.requiringNew().run(() -> new SecretResealing(elsewhere).reseal());
        String forgotten = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select client_secret_sealed from tenant").getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into tenant (id, tenant_id, display_name, cloud_name, resource_manager_endpoint, authority_host,
                                    credential_type, client_id, client_secret, created_at)
                values (gen_random_uuid(), gen_random_uuid(), 'Legacy', 'Custom', :arm, :arm, 'client_secret',
                        :client, 'plaintext-from-before-sealing', now())""").setParameter("arm", simulator.baseUrl())
                .setParameter("client", CLIENT_ID).executeUpdate());

        int[] counts = QuarkusTransaction.requiringNew().call(() -> resealing.reseal());

        assertThat(counts).as("the plaintext one is sealed, the forgotten one left as it is").containsExactly(1, 0);
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select client_secret_sealed from tenant order by display_name").getResultList());
        assertThat(rows).hasSize(2);
        assertThat((String) rows.get(0)).isEqualTo(forgotten);
        assertThat((String) rows.get(1)).startsWith("pcs1.");
    }

    private String pgDump() throws IOException, InterruptedException {
        URI uri = URI.create(database.connection().jdbcUrl().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "--data-only", "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort()), "-U", database.connection().user(), uri.getPath().substring(1));
        builder.environment().put("PGPASSWORD", database.connection().password());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pg_dump: " + out).isZero();
        return out;
    }
}
