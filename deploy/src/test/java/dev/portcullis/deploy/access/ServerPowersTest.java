package dev.portcullis.deploy.access;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.deploy.support.HostileListener;
import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No request can make the server send what it holds to a host of the requester's choosing: not a file it can read,
 * not its own identity, not a tenant's bearer token. A real HTTPS listener on loopback, trusted by this JVM, stands in
 * for the attacker's host; after every attempt, not one byte reached it. (The tests run with loopback clouds allowed,
 * as the demo does: the listener is refused for what the request asks, not for where it is.)
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ServerPowersTest {

    /** A tenant nobody has onboarded, the only one the OPERATOR of these tests may onboard. */
    private static final String TARGET = "7a26e700-0000-4000-8000-0000000000e7";
    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The token file the server was started with (%test profile): its workload identity, on AKS. */
    private static final Path SERVERS_TOKEN_FILE = Path.of("target/test-federated-token.jwt");

    private static HostileListener attacker;
    private static Path serverFile;
    private static String fileMarker;
    private static String identityMarker;

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeAll
    static void anAttackersHostAndTwoThingsOnlyTheServerMayRead() throws Exception {
        attacker = HostileListener.start();
        fileMarker = "SERVER-FILE-" + UUID.randomUUID();
        serverFile = Files.createTempFile("portcullis-environ", ".txt");
        Files.writeString(serverFile, "PORTCULLIS_MASTER_KEY=" + fileMarker + "\n");
        identityMarker = "SERVER-IDENTITY-" + UUID.randomUUID();
        Files.createDirectories(SERVERS_TOKEN_FILE.toAbsolutePath().getParent());
        Files.writeString(SERVERS_TOKEN_FILE, "eyJ." + identityMarker + ".sig");
    }

    @AfterAll
    static void stop() throws Exception {
        attacker.close();
        Files.deleteIfExists(serverFile);
    }

    @BeforeEach
    void clean() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
        attacker.forget();
    }

    private static Response onboard(RequestSpecification as, String cloud, String arm, String authority,
                                    Map<String, String> credential) {
        ObjectNode body = JSON.createObjectNode().put("displayName", "Target").put("tenantId", TARGET);
        ObjectNode cloudNode = body.putObject("cloud").put("name", cloud);
        if (arm != null) {
            cloudNode.put("resourceManagerEndpoint", arm).put("authorityHost", authority);
        }
        ObjectNode node = body.putObject("credential");
        credential.forEach(node::put);
        return as.contentType(ContentType.JSON).body(body.toString()).post("/api/v1/tenants");
    }

    private static RequestSpecification operatorOfTheTarget() {
        return People.as(People.account("operator", "OPERATOR", List.of(TARGET)));
    }

    private void assertNothingReachedTheAttacker() {
        assertThat(attacker.received()).doesNotContain(fileMarker).doesNotContain(identityMarker)
                .doesNotContainIgnoringCase("authorization").doesNotContainIgnoringCase("bearer");
        assertThat(attacker.connections()).as("not even a connection").isZero();
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getList("items")).as("nothing stored").isEmpty();
    }

    @Test
    void anAuthorityWithAnAdfsPathCannotReceiveAServerFileAsAClientAssertion() {
        Map<String, String> fileAsAssertion = Map.of("type", "workload_identity", "clientId", CLIENT_ID,
                "federatedTokenFile", serverFile.toString());

        Response byOperator = onboard(operatorOfTheTarget(), "Custom", attacker.httpsUrl(),
                attacker.httpsUrl() + "/adfs", fileAsAssertion);
        Response byAdmin = onboard(asAdmin(), "Custom", attacker.httpsUrl(), attacker.httpsUrl() + "/adfs",
                fileAsAssertion);

        assertProblem(byOperator, 403, "cloud.name");
        assertProblem(byAdmin, 400, "cloud.authorityHost");
        assertNothingReachedTheAttacker();
    }

    @Test
    void aTokenFileNamedInTheRequestIsRefusedSoNoServerFileIsPostedAnywhere() {
        Response refused = onboard(asAdmin(), "Custom", attacker.httpUrl(), attacker.httpUrl(), Map.of(
                "type", "workload_identity", "clientId", CLIENT_ID, "federatedTokenFile", serverFile.toString()));
        Response procEnviron = onboard(asAdmin(), "AzureCloud", null, null, Map.of("type", "workload_identity",
                "clientId", CLIENT_ID, "federatedTokenFile", "/proc/self/environ"));

        assertProblem(refused, 400, "credential.federatedTokenFile");
        assertProblem(procEnviron, 400, "credential.federatedTokenFile");
        assertNothingReachedTheAttacker();
    }

    @Test
    void anOperatorCannotLendTheServersOwnIdentityToAnyCloud() {
        RequestSpecification operator = operatorOfTheTarget();
        List<Response> attempts = List.of(
                onboard(operator, "AzureCloud", null, null, Map.of("type", "managed_identity")),
                onboard(operator, "AzureCloud", null, null, Map.of("type", "azure_cli")),
                onboard(operator, "AzureCloud", null, null, Map.of("type", "workload_identity", "clientId", CLIENT_ID)),
                onboard(operator, "Custom", attacker.httpUrl(), attacker.httpUrl(), Map.of("type",
                        "workload_identity", "clientId", CLIENT_ID, "federatedTokenFile",
                        SERVERS_TOKEN_FILE.toString())));

        assertProblem(attempts.get(0), 403, "credential.type");
        assertProblem(attempts.get(1), 403, "credential.type");
        assertProblem(attempts.get(2), 403, "credential.type");
        assertThat(attempts.get(3).statusCode()).isEqualTo(403);
        assertNothingReachedTheAttacker();
        assertThat(asAdmin().queryParam("action", "ONBOARD_TENANT").get("/api/v1/audit").jsonPath()
                .getList("items.outcome", String.class)).as("each refusal audited").contains("DENIED");
    }

    @Test
    void aNextLinkToAnotherHostInAnSdkListNeverCarriesTheBearerTokenThere() {
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, "contoso-secret");
        assertThat(asAdmin().contentType(ContentType.JSON).body("""
                {"displayName": "Contoso", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "client_secret", "clientId": "%s", "clientSecret": "contoso-secret"}}"""
                .formatted(DemoEstate.CONTOSO_TENANT_ID, simulator.baseUrl(), simulator.baseUrl(), CLIENT_ID))
                .post("/api/v1/tenants").statusCode()).isEqualTo(201);
        String production = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
        String development = "/subscriptions/" + DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
        simulator.faults().add(Fault.answer(200, "{\"value\":[],\"nextLink\":\"" + attacker.httpsUrl() + production
                        + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01&$skiptoken=5\"}")
                .matching("(?i)^" + production + "/providers/Microsoft.Compute/virtualMachines$"));
        simulator.faults().add(Fault.answer(200, "{\"value\":[],\"nextLink\":\"" + attacker.httpsUrl() + development
                        + "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version=2020-01-01&x=1\"}")
                .matching("(?i)^" + development + "/providers/Microsoft.Security/jitNetworkAccessPolicies$"));

        JsonPath scan = scanAndWait("{}");

        assertThat(scan.getString("status")).isEqualTo("FAILED");
        assertThat(scan.getList("subscriptions.status", String.class)).containsOnly("FAILED");
        assertThat(scan.getList("subscriptions.error", String.class)).allSatisfy(error ->
                assertThat(error).contains("another host").contains("localhost"));
        assertThat(attacker.received()).doesNotContainIgnoringCase("bearer").doesNotContainIgnoringCase("authorization");
        assertThat(attacker.connections()).isZero();
    }
}
