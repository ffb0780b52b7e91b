package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestCertificates;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credential types through azure-identity's own classes against the simulator's Entra ID: a certificate (the
 * simulator checks the client assertion's RS256 signature against the registered certificate) and a workload
 * identity reading the server's own federated token file; and the clear refusals at onboarding, with nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class CredentialTypesTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestDatabase database;

    @Inject
    EntityManager em;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void clean() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
    }

    private Response onboard(String tenantId, Map<String, String> credential) {
        ObjectNode body = JSON.createObjectNode().put("displayName", "Contoso").put("tenantId", tenantId);
        body.putObject("cloud").put("name", "Custom").put("resourceManagerEndpoint", simulator.baseUrl())
                .put("authorityHost", simulator.baseUrl());
        ObjectNode node = body.putObject("credential");
        credential.forEach(node::put);
        return asAdmin().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/tenants");
    }

    private static void assertNothingStored() {
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).isEmpty();
    }

    @Test
    void aCertificateCredentialOnboardsAndScansAndItsPrivateKeyIsSealed() {
        TestCertificates.Issued issued = TestCertificates.valid();
        simulator.entra().registerCertificate(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, issued.certificate());

        Response onboarded = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_certificate",
                "clientId", CLIENT_ID, "certificate", issued.pem()));

        assertThat(onboarded.statusCode()).isEqualTo(201);
        assertThat(onboarded.jsonPath().getList("selfCheck.complete")).containsOnly(true);
        assertThat(scanAndWait("{}").getString("status")).isEqualTo("SUCCEEDED");
        String keyBase64 = Base64.getEncoder().encodeToString(issued.keys().getPrivate().getEncoded());
        String row = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(t.* as text) from tenant t").getSingleResult());
        assertThat(row).contains("pcs1.").doesNotContain(keyBase64.substring(0, 60)).doesNotContain("PRIVATE KEY");
        assertThat(onboarded.asString()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void aMalformedPemAKeyOfAnotherCertificateAndAnExpiredCertificateAreRefusedByName() {
        Response noPem = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_certificate",
                "clientId", CLIENT_ID, "certificate", "-----BEGIN CERTIFICATE-----\nnot base64!\n"));
        Response noKey = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_certificate",
                "clientId", CLIENT_ID, "certificate", TestCertificates.valid().pem().replaceAll(
                        "(?s)-----BEGIN PRIVATE KEY-----.*", "")));
        Response wrongKey = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_certificate",
                "clientId", CLIENT_ID, "certificate", TestCertificates.mismatched()));
        Response expired = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_certificate",
                "clientId", CLIENT_ID, "certificate", TestCertificates.expired().pem()));

        assertProblem(noPem, 400, "credential.certificate");
        assertProblem(noKey, 400, "credential.certificate");
        assertThat(noKey.jsonPath().getString("detail")).contains("PKCS#8");
        assertProblem(wrongKey, 400, "credential.certificate");
        assertThat(wrongKey.jsonPath().getString("detail")).contains("the private key is not the certificate's");
        assertProblem(expired, 400, "credential.certificate");
        assertThat(expired.jsonPath().getString("detail")).contains("the certificate expired on");
        assertNothingStored();
    }

    @Test
    void aWorkloadIdentityOnboardsWithTheTokenFileTheServerWasStartedWith() throws Exception {
        simulator.entra().registerFederatedCredential(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID,
                "https://oidc.aks.example/", "system:serviceaccount:portcullis:scanner");
        // the %test profile's AZURE_FEDERATED_TOKEN_FILE, as the AKS webhook would mount it
        Path tokenFile = Path.of("target/test-federated-token.jwt");
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        Files.writeString(tokenFile, url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(
                StandardCharsets.UTF_8)) + "." + url.encodeToString(("{\"iss\":\"https://oidc.aks.example/\","
                + "\"sub\":\"system:serviceaccount:portcullis:scanner\",\"aud\":\"api://AzureADTokenExchange\","
                + "\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
                + "." + url.encodeToString("signature".getBytes(StandardCharsets.UTF_8)));

        Response anotherFile = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "workload_identity",
                "clientId", CLIENT_ID, "federatedTokenFile", "/nowhere/token"));
        Response onboarded = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "workload_identity",
                "clientId", CLIENT_ID));

        assertProblem(anotherFile, 400, "credential.federatedTokenFile");
        assertThat(onboarded.statusCode()).isEqualTo(201);
        assertThat(scanAndWait("{}").getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void aSecretOfAnotherTenantAnExpiredSecretAndAnUnknownTenantAreRefusedWithEntrasReason() {
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, "contoso-secret");
        simulator.entra().registerClientSecret(DemoEstate.FABRIKAM_TENANT_ID, "1c4e0000-0000-4000-8000-000000000001",
                "fabrikam-secret");

        Response otherTenant = onboard(DemoEstate.FABRIKAM_TENANT_ID, Map.of("type", "client_secret",
                "clientId", CLIENT_ID, "clientSecret", "contoso-secret"));
        Response unknownTenant = onboard("22222222-2222-4222-8222-222222222222", Map.of("type", "client_secret",
                "clientId", CLIENT_ID, "clientSecret", "contoso-secret"));
        simulator.entra().expireClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID);
        Response expired = onboard(DemoEstate.CONTOSO_TENANT_ID, Map.of("type", "client_secret",
                "clientId", CLIENT_ID, "clientSecret", "contoso-secret"));

        assertProblem(otherTenant, 422, null);
        assertThat(otherTenant.jsonPath().getString("detail")).contains("AADSTS700016");
        assertProblem(unknownTenant, 422, null);
        assertThat(unknownTenant.jsonPath().getString("detail")).contains("AADSTS90002");
        assertProblem(expired, 422, null);
        assertThat(expired.jsonPath().getString("detail")).contains("AADSTS7000222");
        assertThat(otherTenant.asString() + unknownTenant.asString() + expired.asString())
                .doesNotContain("contoso-secret");
        assertNothingStored();
    }
}
