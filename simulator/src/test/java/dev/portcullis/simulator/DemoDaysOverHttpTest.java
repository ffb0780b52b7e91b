package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.estate.DemoDay;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.ResourceType;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.json.Json;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Switching the served demo day, in process and over {@code /_simulator/estate}. */
class DemoDaysOverHttpTest {

    /** VMs of the scenarios of every path to the internet (JIT grants, IPv6, load balancers, firewall, scale sets): there every day. */
    static final int PATHS_VMS = 43;
    static final int VMS_ON_DAY_0 = 72 + PATHS_VMS;
    static final int VMS_TODAY = 73 + PATHS_VMS;
    /** Relative times (open JIT requests) are served as of this moment, so two readings are byte-identical. */
    private static final Clock SERVED_AT = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static final String VMS = "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01";
    private static final Estate TODAY = Estate.demo();

    private static ArmSimulator sim;
    private static ArmTestClient client;

    @BeforeAll
    static void start() {
        sim = ArmSimulator.startDemo(null, SimulatorOptions.defaults().pageSize(7).clock(SERVED_AT));
        client = new ArmTestClient(sim.baseUrl());
    }

    @AfterEach
    void backToToday() {
        sim.serveDay(29);
        sim.faults().clear();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void todayServesByteIdenticalPagesToTheDemoEstateForEveryList() {
        try (ArmSimulator server = ArmSimulator.start(TODAY, SimulatorOptions.defaults().pageSize(7).clock(SERVED_AT))) {
            ArmTestClient http = new ArmTestClient(server.baseUrl());
            Map<String, String> demo = everyPage(http, server.baseUrl());
            server.serveDay(0);
            String vms = "/subscriptions/" + CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID + VMS;
            assertThat(http.get(vms).body()).as("day 0 differs").isNotEqualTo(demo.get(vms));

            server.serveDay(29);
            Map<String, String> today = everyPage(http, server.baseUrl());

            assertThat(today.keySet()).hasSizeGreaterThan(100).containsExactlyElementsOf(demo.keySet());
            demo.forEach((page, body) -> assertThat(today.get(page)).as(page).isEqualTo(body));
        }
    }

    @Test
    void switchingTheDayOverHttpChangesWhatTheVmListHolds() {
        ArmTestClient.Response switched = client.send("POST", "/_simulator/estate?day=0");

        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.json()).containsEntry("day", BigDecimal.ZERO)
                .containsEntry("failingSubscriptions", List.of())
                .containsEntry("virtualMachines", BigDecimal.valueOf(VMS_ON_DAY_0));
        assertThat(sim.estate().virtualMachines()).hasSize(VMS_ON_DAY_0);
        assertThat(vmNames(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID)).contains("dev-scratch-01").doesNotContain("lab-ftp-01");
        assertThat(vmNames(CONTOSO_PRODUCTION_SUBSCRIPTION_ID)).contains("web-canary-01").doesNotContain("edge-ssh-01");
        assertThat(client.get("/_simulator/estate").json()).containsEntry("day", BigDecimal.ZERO);
        assertThat(sim.currentDay()).isZero();

        assertThat(client.send("POST", "/_simulator/estate?day=29").json()).containsEntry("day", BigDecimal.valueOf(29))
                .containsEntry("virtualMachines", BigDecimal.valueOf(VMS_TODAY));
        assertThat(TODAY.virtualMachines()).hasSize(VMS_TODAY);
        assertThat(vmNames(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID)).contains("lab-ftp-01").doesNotContain("dev-scratch-01");
        assertThat(vmNames(CONTOSO_PRODUCTION_SUBSCRIPTION_ID)).contains("edge-ssh-01").doesNotContain("web-canary-01");
    }

    @Test
    void estateEndpointAnswersDay29WhenNeverSwitched() {
        try (ArmSimulator fresh = ArmSimulator.start(TODAY)) {
            ArmTestClient.Response current = new ArmTestClient(fresh.baseUrl()).get("/_simulator/estate");

            assertThat(current.status()).isEqualTo(200);
            assertThat(current.json()).containsEntry("day", BigDecimal.valueOf(29)).containsEntry("failingSubscriptions", List.of());
            assertThat(fresh.currentDay()).isEqualTo(29);
        }
    }

    @Test
    void failingDayAnswers500ForItsSubscriptionUntilTheNextSwitchAndKeepsOtherFaults() {
        Fault mine = Fault.delayMillis(1).matching("(?i)/networkSecurityGroups");
        sim.faults().add(mine);

        ArmTestClient.Response switched = client.send("POST", "/_simulator/estate?day=17");

        assertThat(switched.json()).containsEntry("failingSubscriptions", List.of(FABRIKAM_RETAIL_SUBSCRIPTION_ID));
        ArmTestClient.Response failed = client.get("/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID + VMS);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.errorCode()).isEqualTo("InternalServerError");
        assertThat(client.get("/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID.toUpperCase() + VMS).status()).isEqualTo(500);
        assertThat(client.get("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + VMS).status()).isEqualTo(200);
        assertThat(sim.faults().active()).extracting(Fault::regex)
                .containsExactly(mine.regex(), "(?i)^/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID + "/");

        sim.serveDay(17);
        assertThat(sim.faults().active()).as("switching to the same day again does not pile up faults").hasSize(2);

        assertThat(client.send("POST", "/_simulator/estate?day=18").json()).containsEntry("failingSubscriptions", List.of());
        assertThat(client.get("/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID + VMS).status()).isEqualTo(200);
        assertThat(sim.faults().active()).containsExactly(mine);
    }

    @Test
    void badDayIsRefusedWith400AndAnArmErrorAndTheDayStays() {
        sim.serveDay(4);
        for (String query : List.of("", "?day=", "?day=abc", "?day=-1", "?day=30", "?day=1.5")) {
            ArmTestClient.Response refused = client.send("POST", "/_simulator/estate" + query);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.errorCode()).as(query).isEqualTo("InvalidParameter");
            assertThat(Json.string(refused.json(), "error", "message")).as(query).isNotBlank();
        }
        assertThat(client.send("DELETE", "/_simulator/estate").status()).isEqualTo(405);
        assertThat(sim.currentDay()).isEqualTo(4);
        assertThatThrownBy(() -> sim.serveDay(30)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.currentDay()).isEqualTo(4);
    }

    @Test
    void servingADayKeepsTheLargeSubscriptionStartedAlongside() {
        Estate large = Estate.large(20);
        try (ArmSimulator withLarge = ArmSimulator.startDemo(large, SimulatorOptions.defaults())) {
            DemoDay day = withLarge.serveDay(0);

            assertThat(day.virtualMachines()).isEqualTo(VMS_ON_DAY_0 + 20);
            assertThat(new ArmTestClient(withLarge.baseUrl())
                    .listAll("/subscriptions/" + large.subscriptions().get(0).subscriptionId() + VMS)).hasSize(20);
            assertThat(withLarge.estate().virtualMachine("dev-scratch-01")).isNotNull();
        }
    }

    private static List<String> vmNames(String subscriptionId) {
        return client.listAll("/subscriptions/" + subscriptionId + VMS).stream().map(vm -> Json.string(vm, "name")).toList();
    }

    /** Path and query → body of every page of every list (and of each subscription), in request order. */
    private static Map<String, String> everyPage(ArmTestClient client, String baseUrl) {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> lists = new ArrayList<>(List.of("/tenants?api-version=1", "/subscriptions?api-version=1"));
        for (SimSubscription subscription : TODAY.subscriptions()) {
            String sub = "/subscriptions/" + subscription.subscriptionId();
            lists.add(sub + "?api-version=1");
            lists.add(sub + "/resourcegroups?api-version=1");
            for (ResourceType type : ResourceType.values()) {
                String provider = "/providers/" + type.providerPath() + "?api-version=1";
                lists.add(sub + provider);
                if (type.listableByResourceGroup()) {
                    for (Map<String, Object> group : client.listAll(sub + "/resourcegroups?api-version=1")) {
                        lists.add(sub + "/resourceGroups/" + Json.string(group, "name") + provider);
                    }
                }
                if (type.listableByLocation()) {
                    for (String location : List.of(DemoEstate.JAPANEAST, DemoEstate.EASTUS)) {
                        lists.add(sub + "/providers/" + type.namespace() + "/locations/" + location + "/" + type.typeName() + "?api-version=1");
                    }
                }
            }
        }
        for (String list : lists) {
            String url = baseUrl + list;
            while (url != null) {
                ArmTestClient.Response page = client.getUrl(url);
                assertThat(page.status()).as(url).isEqualTo(200);
                pages.put(url.substring(baseUrl.length()), page.body());
                Object next = page.json().get("nextLink");
                url = next == null ? null : (String) next;
            }
        }
        return pages;
    }
}
