package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.change.Change;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.simulator.json.Json;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /_simulator/changes}: changing the served estate and recording the writes. */
class EstateChangesOverHttpTest {

    private static final String API = "?api-version=2025-03-01";
    private static final String NSG_LIST = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/providers/Microsoft.Network/networkSecurityGroups" + API;

    private static ArmSimulator sim;
    private static ArmTestClient client;

    @BeforeAll
    static void start() {
        sim = ArmSimulator.startDemo(null, SimulatorOptions.defaults());
        client = new ArmTestClient(sim.baseUrl());
        sim.activityLog().delay(Duration.ZERO);
    }

    @AfterEach
    void backToToday() {
        sim.serveDay(29);
        sim.activityLog().delay(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void openingAPortIsServedByTheNsgItsRulesAndTheNsgList() {
        SimVm vm = sim.estate().virtualMachine("web-01");
        String nsgId = nicNsgOf(vm);
        String etagBefore = Json.string(client.get(nsgId + API).json(), "etag");

        ArmTestClient.Response answer = client.send("POST", "/_simulator/changes/open-port?vm=web-01&port=22");

        assertThat(answer.status()).isEqualTo(201);
        List<String> changed = Json.strings(answer.json(), "changed");
        assertThat(changed).containsExactly(nsgId + "/securityRules/AllowTcp22FromInternet");
        Map<String, Object> nsg = client.get(nsgId + API).json();
        Map<String, Object> rule = Json.objects(nsg, "properties", "securityRules").stream()
                .filter(r -> Json.string(r, "id").equals(changed.get(0))).findFirst().orElseThrow();
        assertThat(Json.object(rule, "properties"))
                .containsEntry("access", "Allow").containsEntry("direction", "Inbound").containsEntry("protocol", "Tcp")
                .containsEntry("sourceAddressPrefix", "Internet").containsEntry("destinationPortRange", "22");
        BigDecimal priority = (BigDecimal) Json.at(rule, "properties", "priority");
        assertThat(priority.intValue()).isBetween(100, 999);
        assertThat(Json.string(nsg, "etag")).isNotEqualTo(etagBefore).isEqualTo(Json.string(rule, "etag"));

        assertThat(client.get(changed.get(0) + API).json()).isEqualTo(rule);
        assertThat(client.listAll(nsgId + "/securityRules" + API)).contains(rule);
        assertThat(client.listAll(NSG_LIST)).filteredOn(listed -> Json.string(listed, "id").equals(nsgId))
                .singleElement().isEqualTo(nsg);
    }

    @Test
    void openingAPortRecordsASecurityRuleWriteByTheCaller() {
        Change change = sim.changes().openPort("web-01", 3389, "*", "bob@contoso.com");

        assertThat(change.changed()).singleElement().asString().endsWith("/securityRules/AllowTcp3389FromAny");
        assertThat(change.events()).hasSize(2).allSatisfy(event -> {
            assertThat(event.operation().operationName()).isEqualTo("Microsoft.Network/networkSecurityGroups/securityRules/write");
            assertThat(event.operation().resourceId()).isEqualTo(change.changed().get(0));
            assertThat(event.caller()).isEqualTo("bob@contoso.com");
        });
        assertThat(change.correlationIds()).hasSize(1);
    }

    @Test
    void openingAPortOnAVmBehindASubnetNsgAndANicNsgOpensBoth() {
        Change change = sim.changes().openPort("edge-layered-02", 22);

        assertThat(change.changed()).hasSize(2);
        assertThat(change.correlationIds()).hasSize(2);
        for (String ruleId : change.changed()) {
            assertThat(client.get(ruleId + API).status()).isEqualTo(200);
        }
    }

    @Test
    void openingTheSamePortTwiceAddsASecondRuleAtTheNextFreePriority() {
        Change first = sim.changes().openPort("web-01", 22);
        Change second = sim.changes().openPort("web-01", 22);

        assertThat(second.changed().get(0)).isEqualTo(first.changed().get(0) + "-2");
        BigDecimal one = (BigDecimal) Json.at(client.get(first.changed().get(0) + API).json(), "properties", "priority");
        BigDecimal two = (BigDecimal) Json.at(client.get(second.changed().get(0) + API).json(), "properties", "priority");
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void aWriteToATypePortcullisDoesNotReadRecordsEventsAndChangesNothingServed() {
        String before = client.get(NSG_LIST).body();
        String storage = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
                + "/resourceGroups/rg-web-prod/providers/Microsoft.Storage/storageAccounts/stlogs";

        ArmTestClient.Response answer = client.send("POST", "/_simulator/changes/write?resource="
                + URLEncoder.encode(storage, StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(Json.strings(answer.json(), "changed")).isEmpty();
        assertThat(Json.objects(answer.json(), "events")).hasSize(2)
                .extracting(event -> Json.string(event, "operationName")).containsOnly("Microsoft.Storage/storageAccounts/write");
        assertThat(client.get(NSG_LIST).body()).isEqualTo(before);
    }

    @Test
    void aBurstOfFiftyWritesToOneNsgYieldsFiftyOperations() {
        String nsgId = nicNsgOf(sim.estate().virtualMachine("web-01"));

        ArmTestClient.Response answer = client.send("POST", "/_simulator/changes/burst?count=50&resource="
                + URLEncoder.encode(nsgId, StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(Json.strings(answer.json(), "correlationIds")).hasSize(50).doesNotHaveDuplicates();
        assertThat(Json.objects(answer.json(), "events")).hasSize(100)
                .extracting(event -> Json.string(event, "operationName"))
                .containsOnly("Microsoft.Network/networkSecurityGroups/write");
    }

    @Test
    void theChangesAreListedAndAnEstateSwitchForgetsThemWithTheActivityLog() {
        String ruleId = sim.changes().openPort("web-01", 22).changed().get(0);
        assertThat(Json.objects(client.get("/_simulator/changes").json(), "value")).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("kind", "open-port"));

        assertThat(client.send("POST", "/_simulator/estate?day=29").status()).isEqualTo(200);

        assertThat(client.get(ruleId + API).status()).isEqualTo(404);
        assertThat(Json.objects(client.get("/_simulator/changes").json(), "value")).isEmpty();
        assertThat(sim.activityLog().all()).isEmpty();
    }

    @Test
    void deletingTheChangesServesTheEstateAsItWasBefore() {
        String nsgId = nicNsgOf(sim.estate().virtualMachine("web-01"));
        String before = client.get(nsgId + API).body();
        sim.changes().openPort("web-01", 22);

        ArmTestClient.Response cleared = client.send("DELETE", "/_simulator/changes");

        assertThat(cleared.json()).containsEntry("cleared", BigDecimal.ONE);
        assertThat(client.get(nsgId + API).body()).isEqualTo(before);
    }

    @Test
    void changesThatCannotBeMadeAreRefused() {
        assertThat(client.send("POST", "/_simulator/changes/open-port?vm=no-such-vm").status()).isEqualTo(400);
        assertThat(client.send("POST", "/_simulator/changes/open-port?vm=lab-open-01").errorCode())
                .as("no NSG guards it").isEqualTo("InvalidRequest");
        assertThat(client.send("POST", "/_simulator/changes/burst?resource=/subscriptions/"
                + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n")
                .status()).as("no count").isEqualTo(400);
        assertThat(client.send("GET", "/_simulator/changes/open-port?vm=web-01").status()).isEqualTo(405);
        assertThatThrownBy(() -> sim.changes().write("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
                + "/providers/Microsoft.Storage/storageAccounts/x")).hasMessageContaining("no subscription");
    }

    /** The NSG on the VM's primary NIC. */
    private static String nicNsgOf(SimVm vm) {
        Map<String, Object> json = client.get(vm.resourceId() + "?api-version=2025-04-01").json();
        String nicId = Json.string(Json.objects(json, "properties", "networkProfile", "networkInterfaces").get(0), "id");
        return Json.string(client.get(nicId + API).json(), "properties", "networkSecurityGroup", "id");
    }
}
