package dev.portcullis.deploy.change;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.awaitScan;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Event Grid's deliveries of an Azure subscription system topic, posted as Event Grid posts them (no account, the
 * installation's key in the query string): the validation handshake, refused keys, and resource events turned into
 * one coalesced CHANGE scan of an onboarded subscription.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class EventGridDeliveryTest {

    private static final String KEY = "test-event-grid-key-0123456789abcdef";
    private static final String NSG_RULE = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/resourceGroups/rg-web/providers/Microsoft.Network/networkSecurityGroups/nsg-web/securityRules/ssh";

    @Inject
    TestDatabase database;

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/events/eventgrid")
    java.net.URL endpoint;

    private final ArmSimulator simulator = SimulatorResource.simulator();

    @BeforeEach
    void scannedEstate() {
        freshScanOfSimulatedEstate(database, simulator);
    }

    private static Response deliver(String key, String body) {
        return given().contentType(ContentType.JSON).header("aeg-event-type", "Notification")
                .queryParam("key", key).body(body).post("/api/v1/events/eventgrid");
    }

    private static String resourceEvent(String type, String operation, String subscriptionId, String resource,
                                        String correlationId) {
        return """
                {"id": "%s", "topic": "/subscriptions/%s", "subject": "%s", "eventType": "%s",
                 "eventTime": "%s", "dataVersion": "2", "metadataVersion": "1",
                 "data": {"operationName": "%s", "resourceUri": "%s", "subscriptionId": "%s",
                          "tenantId": "%s", "status": "Succeeded", "correlationId": "%s",
                          "resourceProvider": "Microsoft.Network",
                          "claims": {"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "alice@contoso.com"}}}
                """.formatted(UUID.randomUUID(), subscriptionId, resource, type, Instant.now(), operation, resource,
                subscriptionId, DemoEstate.CONTOSO_TENANT_ID, correlationId);
    }

    private static List<Map<String, Object>> changeScans() {
        return asAdmin().get("/api/v1/scans").jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(s -> "CHANGE".equals(s.get("trigger"))).toList();
    }

    @Test
    void theSubscriptionValidationHandshakeIsAnsweredWithItsCode() {
        Response answer = given().contentType(ContentType.JSON).header("aeg-event-type", "SubscriptionValidation")
                .queryParam("key", KEY).body("""
                        [{"id": "2d1781af-3a4c-4d7c-bd0c-e34b19da4e66", "topic": "/subscriptions/x",
                          "subject": "", "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent",
                          "eventTime": "2026-11-30T08:00:00Z", "dataVersion": "1", "metadataVersion": "1",
                          "data": {"validationCode": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6",
                                   "validationUrl": "https://rp-eastus2.eventgrid.azure.net/validate?id=1"}}]
                        """).post("/api/v1/events/eventgrid");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("validationResponse")).isEqualTo("512d38b6-c7b8-40c8-89fe-f46f9e9622b6");
    }

    @Test
    void theKeyMayComeAsTheSecretHeaderEventGridSendsWhichWinsOverTheQuery() {
        String handshake = """
                [{"id": "h", "topic": "/subscriptions/x", "subject": "", "eventType":
                  "Microsoft.EventGrid.SubscriptionValidationEvent", "eventTime": "2026-11-30T08:00:00Z",
                  "dataVersion": "1", "metadataVersion": "1", "data": {"validationCode": "c0de"}}]""";

        Response byHeader = given().contentType(ContentType.JSON).header("aeg-event-type", "SubscriptionValidation")
                .header("X-Portcullis-Key", KEY).body(handshake).post("/api/v1/events/eventgrid");
        Response wrongHeader = given().contentType(ContentType.JSON)
                .header("aeg-event-type", "SubscriptionValidation").header("X-Portcullis-Key", "wrong")
                .queryParam("key", KEY).body(handshake).post("/api/v1/events/eventgrid");

        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(byHeader.jsonPath().getString("validationResponse")).isEqualTo("c0de");
        assertThat(wrongHeader.statusCode()).isEqualTo(401);
    }

    @Test
    void aDeliveryWithoutTheKeyOrWithAnotherIsRefusedAndScansNothing() {
        String body = "[" + resourceEvent("Microsoft.Resources.ResourceWriteSuccess",
                "Microsoft.Network/networkSecurityGroups/securityRules/write",
                DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, NSG_RULE, UUID.randomUUID().toString()) + "]";

        assertThat(deliver(KEY + "x", body).statusCode()).isEqualTo(401);
        assertThat(given().contentType(ContentType.JSON).body(body).post("/api/v1/events/eventgrid").statusCode())
                .isEqualTo(401);
        assertThat(deliver(KEY, "{\"not\": \"an array\"}").statusCode()).isEqualTo(400);
        assertThat(changeScans()).isEmpty();
    }

    @Test
    void anNsgRuleWriteQueuesOneChangeScanOfItsSubscriptionAndTheSameEventAgainNone() {
        String correlation = UUID.randomUUID().toString();
        String write = resourceEvent("Microsoft.Resources.ResourceWriteSuccess",
                "Microsoft.Network/networkSecurityGroups/securityRules/write",
                DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, NSG_RULE, correlation);
        String storage = resourceEvent("Microsoft.Resources.ResourceWriteSuccess",
                "Microsoft.Storage/storageAccounts/write", DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID,
                "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID
                        + "/resourceGroups/rg-web/providers/Microsoft.Storage/storageAccounts/logs",
                UUID.randomUUID().toString());
        String stranger = resourceEvent("Microsoft.Resources.ResourceWriteSuccess",
                "Microsoft.Network/networkSecurityGroups/write", "00000000-0000-0000-0000-00000000dead",
                "/subscriptions/00000000-0000-0000-0000-00000000dead/resourceGroups/rg/providers/"
                        + "Microsoft.Network/networkSecurityGroups/nsg", UUID.randomUUID().toString());

        Response first = deliver(KEY, "[" + write + "," + storage + "," + stranger + "]");

        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        assertThat(first.jsonPath().getInt("unknownSubscriptions")).isEqualTo(1);
        List<Map<String, Object>> scans = changeScans();
        assertThat(scans).hasSize(1);
        String scanId = (String) scans.get(0).get("id");
        assertThat(awaitScan(scanId).getList("subscriptions.subscriptionId", String.class))
                .containsExactly(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID);

        Response again = deliver(KEY, "[" + write + "]");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(changeScans()).as("the same change told again").hasSize(1);
        Response onlyStorage = deliver(KEY, "[" + storage.replace(UUID.randomUUID().toString(), "x") + "]");
        assertThat(onlyStorage.statusCode()).isEqualTo(200);
        assertThat(changeScans()).as("a storage write changes no verdict").hasSize(1);
    }

    @Test
    void fiftyWritesPushedOneEventPerDeliveryAsEventGridSendsThemAreOneRescan() throws Exception {
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<java.util.concurrent.Future<Integer>> deliveries = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String rule = NSG_RULE.replace("/securityRules/ssh", "/securityRules/burst-" + i);
                String event = resourceEvent("Microsoft.Resources.ResourceWriteSuccess",
                        "Microsoft.Network/networkSecurityGroups/securityRules/write",
                        DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, rule, UUID.randomUUID().toString());
                deliveries.add(senders.submit(() -> deliver(KEY, "[" + event + "]").statusCode()));
            }
            for (java.util.concurrent.Future<Integer> delivery : deliveries) {
                assertThat(delivery.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .as("the deliveries arrived within the settle time the suite runs with (8 s)")
                .isLessThan(java.time.Duration.ofSeconds(8));

        List<Map<String, Object>> scans = changeScans();
        assertThat(scans).as("each pushed change joins the rescan still settling").hasSize(1);
        String scanId = (String) scans.get(0).get("id");
        assertThat(awaitScan(scanId).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(asAdmin().get("/api/v1/scans/" + scanId + "/triggers").jsonPath().getList("items"))
                .as("every write recorded against it").hasSize(50);
        assertThat(changeScans()).hasSize(1);
    }

    @Test
    void aPortOpenedInTheSimulatorIsPushedByEventGridAndFoundWithinSeconds() throws Exception {
        String exposed = "vm_management_port_internet_exposed";
        int day = dev.portcullis.simulator.estate.DemoHistory.TODAY;
        dev.portcullis.simulator.estate.SimVm vm;
        while (true) {
            simulator.serveDay(day);
            vm = simulator.estate().virtualMachines().stream().filter(v -> v.name().equals("dev-api-01"))
                    .findFirst().orElseThrow();
            if (vm.expected(exposed) == dev.portcullis.simulator.estate.Expectation.PASS) {
                break;
            }
            day--;
        }
        freshScanOfSimulatedEstate(database, simulator);
        try {
            assertThat(simulator.eventGrid().target(endpoint + "?key=" + KEY).validated())
                    .as("the handshake, answered by Portcullis").isTrue();
            long start = System.nanoTime();

            simulator.changes().openPort(vm.resourceId(), 22);

            String scanId = null;
            while (scanId == null && System.nanoTime() - start < 15_000_000_000L) {
                scanId = changeScans().stream().map(scan -> (String) scan.get("id")).findFirst().orElse(null);
                Thread.sleep(100);
            }
            assertThat(scanId).as("a CHANGE scan within 15 s of the write").isNotNull();
            awaitScan(scanId);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(asAdmin().queryParam("status", "OPEN").queryParam("checkId", exposed).queryParam("size", 1000)
                    .get("/api/v1/findings").jsonPath().getList("items.resourceId", String.class))
                    .contains(vm.resourceId());
            System.out.printf("[change-detection] event grid: write to open finding %.1f s%n", seconds);
            assertThat(asAdmin().get("/api/v1/scans/" + scanId + "/triggers").jsonPath()
                    .getList("items.source", String.class)).containsOnly("EVENT_GRID");
        } finally {
            simulator.eventGrid().stop();
            simulator.serveDay(dev.portcullis.simulator.estate.DemoHistory.TODAY);
        }
    }
}
