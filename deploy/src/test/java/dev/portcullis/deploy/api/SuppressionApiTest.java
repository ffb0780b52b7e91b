package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.SimVm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SuppressionApiTest {

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private Map<String, Object> finding;

    @BeforeEach
    void scanTheDemoEstate() {
        freshScanOfSimulatedEstate(database, simulator);
        finding = asAdmin().queryParam("checkId", "vm_jit_enabled").get("/api/v1/findings").jsonPath()
                .getMap("items[0]");
    }

    private static Response suppress(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/suppressions");
    }

    private Map<String, Object> findingNow() {
        return asAdmin().queryParam("checkId", "vm_jit_enabled").queryParam("size", 1000).get("/api/v1/findings")
                .jsonPath().getList("items", Map.class).stream().filter(f -> f.get("id").equals(finding.get("id")))
                .map(f -> (Map<String, Object>) f).findFirst().orElseThrow();
    }

    private List<String> eventTypes() {
        return asAdmin().get("/api/v1/findings/" + finding.get("id") + "/events").jsonPath()
                .getList("items.type", String.class);
    }

    @Test
    void suppressedFindingMovesToSuppressedAtTheNextScanAndBackWhenTheSuppressionGoes() {
        Response created = suppress("""
                {"checkId": "vm_jit_enabled", "resourceId": "%s", "reason": "Lab VM, rebuilt nightly"}"""
                .formatted(((String) finding.get("resourceId")).toUpperCase()));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.jsonPath().getString("author")).isEqualTo("admin");

        scanAndWait("{}");
        assertThat(findingNow().get("status")).isEqualTo("SUPPRESSED");
        assertThat(eventTypes()).containsExactly("OPENED", "SUPPRESSED");
        assertThat(asAdmin().get("/api/v1/findings/" + finding.get("id") + "/events").jsonPath()
                .getString("items[1].reason")).isEqualTo("Lab VM, rebuilt nightly");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(asAdmin().queryParam("checkId", "vm_jit_enabled").queryParam("from", today)
                .get("/api/v1/trends").jsonPath().getLong("points[0].suppressed")).isEqualTo(1);

        asAdmin().delete("/api/v1/suppressions/" + created.jsonPath().getString("id")).then().statusCode(204);
        scanAndWait("{}");
        assertThat(findingNow().get("status")).isEqualTo("OPEN");
        assertThat(eventTypes()).containsExactly("OPENED", "SUPPRESSED", "UNSUPPRESSED");
    }

    @Test
    void tagSuppressionCoversEveryFailingCheckOfTheTaggedVm() {
        SimVm tagged = simulator.estate().virtualMachine("<script>alert(1)</script>");
        suppress("{\"tag\": \"owner=<script>alert(1)</script>\", \"reason\": \"Sandbox owned by the red team\"}")
                .then().statusCode(201);

        scanAndWait("{}");

        List<Map<String, Object>> findings = asAdmin().queryParam("size", 1000).get("/api/v1/findings").jsonPath()
                .getList("items", Map.class).stream().map(f -> (Map<String, Object>) f)
                .filter(f -> ((String) f.get("resourceId")).equalsIgnoreCase(tagged.resourceId())).toList();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.get("status")).isEqualTo("SUPPRESSED"));
    }

    @Test
    void expiredSuppressionStopsApplyingAtTheNextScan() throws InterruptedException {
        suppress("""
                {"checkId": "vm_jit_enabled", "resourceId": "%s", "reason": "Maintenance window",
                 "expiresAt": "%s"}""".formatted(finding.get("resourceId"), Instant.now().plusSeconds(2)))
                .then().statusCode(201);
        Thread.sleep(2500);

        scanAndWait("{}");

        assertThat(findingNow().get("status")).isEqualTo("OPEN");
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getBoolean("items[0].expired")).isTrue();
    }

    @Test
    void badSuppressionsAreProblemsNamingTheField() {
        assertProblem(suppress("{\"checkId\": \"vm_jit_enabled\", \"resourceId\": \"/subscriptions/x\"}"), 400,
                "reason");
        assertProblem(suppress("{\"resourceId\": \"/subscriptions/x\", \"reason\": \"r\"}"), 400, "checkId");
        assertProblem(suppress("{\"tag\": \"a=b\", \"resourceGroup\": \"rg\", \"reason\": \"r\"}"), 400,
                "resourceId");
        assertProblem(suppress("{\"tag\": \"novalue\", \"reason\": \"r\"}"), 400, "tag");
        assertProblem(suppress("{\"tag\": \"a=" + "v".repeat(800) + "\", \"reason\": \"r\"}"), 400, "tag");
        assertProblem(suppress("{\"resourceGroup\": \"" + "g".repeat(91) + "\", \"subscriptionId\": \""
                + simulator.estate().subscriptions().get(0).subscriptionId() + "\", \"reason\": \"r\"}"), 400, "resourceGroup");
        assertProblem(suppress("{\"checkId\": \"vm_jit_enabled\", \"resourceId\": \"/subscriptions/"
                + simulator.estate().subscriptions().get(0).subscriptionId() + "/" + "x".repeat(2100) + "\", \"reason\": \"r\"}"), 400, "resourceId");
        assertProblem(suppress("{\"resourceGroup\": \"rg\", \"reason\": \"r\"}"), 400, "subscriptionId");
        assertProblem(suppress("{\"tag\": \"a=b\", \"checkId\": \"vm_is_cute\", \"reason\": \"r\"}"), 400, "checkId");
        assertProblem(suppress("{\"tag\": \"a=b\", \"reason\": \"r\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"), 400,
                "expiresAt");
        assertProblem(asAdmin().delete("/api/v1/suppressions/6f1c2d3e-0000-4000-8000-000000000000"), 404, "id");
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items")).isEmpty();
    }
}
