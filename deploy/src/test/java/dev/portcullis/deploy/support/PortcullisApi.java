package dev.portcullis.deploy.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.SimTenant;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** The product's API as the tests use it: authenticated as the local admin. */
public final class PortcullisApi {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "PARTIAL", "FAILED");

    private PortcullisApi() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    public static String tenantBody(String displayName, String tenantId, String endpoint) {
        return """
                {"displayName": "%s", "tenantId": "%s",
                 "cloud": {"name": "Custom", "resourceManagerEndpoint": "%s", "authorityHost": "%s"},
                 "credential": {"type": "none"}}""".formatted(displayName, tenantId, endpoint, endpoint);
    }

    /** Onboards every tenant of the simulator's estate and returns their Portcullis ids. */
    public static List<String> onboardSimulatedTenants(ArmSimulator simulator) {
        return simulator.estate().tenants().stream().map(t -> onboard(simulator, t)).toList();
    }

    private static String onboard(ArmSimulator simulator, SimTenant tenant) {
        return asAdmin().contentType(ContentType.JSON)
                .body(tenantBody(tenant.displayName(), tenant.tenantId(), simulator.baseUrl()))
                .post("/api/v1/tenants")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Empties the database, clears the simulator's faults, onboards its tenants and scans them all once. */
    public static JsonPath freshScanOfSimulatedEstate(TestDatabase database, ArmSimulator simulator) {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
        return scanAndWait("{}");
    }

    /**
     * The demo's 30 days: a fresh database with the simulated tenants onboarded and one scan per day of the
     * simulator's history, back-dated so that the last is a minute ago. The simulator is left serving today.
     */
    public static void demoHistoryOfSimulatedEstate(TestDatabase database, ArmSimulator simulator) {
        database.reset();
        simulator.faults().clear();
        onboardSimulatedTenants(simulator);
        Instant today = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        for (int day = DemoHistory.FIRST_DAY; day <= DemoHistory.TODAY; day++) {
            simulator.serveDay(day);
            scanAndWait("{\"asOf\": \"" + today.minus(DemoHistory.TODAY - day, ChronoUnit.DAYS) + "\"}");
        }
        simulator.serveDay(DemoHistory.TODAY);
    }

    /** Requests a scan and waits until it finishes; returns the finished scan. */
    public static JsonPath scanAndWait(String body) {
        String id = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/scans")
                .then().statusCode(202).extract().path("id");
        return awaitScan(id);
    }

    public static JsonPath awaitScan(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonPath scan = asAdmin().get("/api/v1/scans/" + id).then().statusCode(200).extract().jsonPath();
            if (FINISHED.contains(scan.getString("status"))) {
                return scan;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("scan " + id + " did not finish in time");
    }

    public static void assertProblem(io.restassured.response.Response response, int status, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        if (field != null) {
            assertThat(response.jsonPath().getString("field")).isEqualTo(field);
        }
    }
}
