package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.change.Change;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /subscriptions/{s}/providers/Microsoft.Insights/eventtypes/management/values}: the writes of changes. */
class ActivityLogOverHttpTest {

    private static final String LOG = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/providers/Microsoft.Insights/eventtypes/management/values";
    private static final String STORAGE = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
            + "/resourceGroups/rg-web-prod/providers/Microsoft.Storage/storageAccounts/stwebprodlogs";

    private static ArmSimulator sim;
    private static ArmTestClient client;

    @BeforeAll
    static void start() {
        sim = ArmSimulator.start(Estate.demo(), SimulatorOptions.defaults().pageSize(7));
        client = new ArmTestClient(sim.baseUrl());
    }

    @AfterEach
    void forgetChanges() {
        sim.changes().clear();
        sim.activityLog().delay(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void eventsAreServedOnlyOnceTheyHaveArrived() throws InterruptedException {
        sim.activityLog().delay(Duration.ofMillis(1000));
        Instant before = Instant.now().minusSeconds(1);
        sim.changes().write(STORAGE);

        assertThat(events(since(before))).as("nothing has arrived yet").isEmpty();
        Thread.sleep(1100);
        assertThat(events(since(before))).hasSize(2);
    }

    @Test
    void aWriteIsRecordedAsStartedAndSucceededSharingTheCorrelationIdInAzuresEventDataShape() {
        Instant before = Instant.now().minusSeconds(1);
        Change change = sim.changes().write(STORAGE);

        List<Map<String, Object>> events = events(since(before));
        assertThat(events).extracting(event -> Json.string(event, "status", "value"))
                .containsExactlyInAnyOrder("Started", "Succeeded");
        assertThat(events).extracting(event -> Json.string(event, "correlationId"))
                .containsOnly(change.correlationIds().get(0));
        assertThat(events).extracting(event -> Json.string(event, "eventDataId")).doesNotHaveDuplicates();
        Map<String, Object> succeeded = events.stream()
                .filter(event -> "Succeeded".equals(Json.string(event, "status", "value"))).findFirst().orElseThrow();
        assertThat(Json.string(succeeded, "operationName", "value")).isEqualTo("Microsoft.Storage/storageAccounts/write");
        assertThat(Json.string(succeeded, "resourceId")).isEqualTo(STORAGE);
        assertThat(Json.string(succeeded, "resourceGroupName")).isEqualTo("rg-web-prod");
        assertThat(Json.string(succeeded, "resourceProviderName", "value")).isEqualTo("Microsoft.Storage");
        assertThat(Json.string(succeeded, "resourceType", "value")).isEqualTo("Microsoft.Storage/storageAccounts");
        assertThat(Json.string(succeeded, "category", "value")).isEqualTo("Administrative");
        assertThat(Json.string(succeeded, "caller")).isEqualTo("alice@contoso.com");
        assertThat(Json.string(succeeded, "subscriptionId")).isEqualTo(CONTOSO_PRODUCTION_SUBSCRIPTION_ID);
        assertThat(Json.string(succeeded, "tenantId")).isNotBlank();
        assertThat(Json.string(succeeded, "authorization", "action")).isEqualTo("Microsoft.Storage/storageAccounts/write");
        assertThat(Json.string(succeeded, "authorization", "scope")).isEqualTo(STORAGE);
        assertThat(Json.string(succeeded, "subStatus", "localizedValue")).isEqualTo("Created (HTTP Status Code: 201)");
        assertThat(Json.string(succeeded, "properties", "statusCode")).isEqualTo("Created");
        assertThat(Json.string(succeeded, "claims", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn"))
                .isEqualTo("alice@contoso.com");
        assertThat(Json.string(succeeded, "id")).startsWith(STORAGE + "/events/" + Json.string(succeeded, "eventDataId") + "/ticks/");
        assertThat(Instant.parse(Json.string(succeeded, "submissionTimestamp")))
                .isAfterOrEqualTo(Instant.parse(Json.string(succeeded, "eventTimestamp")));
    }

    @Test
    void theFilterKeepsEventsFromTheStartTimeAndUpToTheEndTime() throws InterruptedException {
        Instant before = Instant.now().minusSeconds(1);
        Change first = sim.changes().write(STORAGE);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        Change second = sim.changes().write(STORAGE);

        assertThat(events(since(between))).extracting(event -> Json.string(event, "correlationId"))
                .containsOnly(second.correlationIds().get(0)).hasSize(2);
        assertThat(events(since(before) + " and eventTimestamp le '" + between + "'"))
                .extracting(event -> Json.string(event, "correlationId"))
                .containsOnly(first.correlationIds().get(0)).hasSize(2);
        assertThat(events(since(Instant.now().plusSeconds(60)))).isEmpty();
    }

    @Test
    void theFilterNarrowsToAResourceGroupAsDocumented() {
        Instant before = Instant.now().minusSeconds(1);
        sim.changes().write(STORAGE);

        assertThat(events(since(before) + " and resourceGroupName eq 'RG-WEB-PROD'")).hasSize(2);
        assertThat(events(since(before) + " and resourceGroupName eq 'rg-elsewhere'")).isEmpty();
    }

    @Test
    void aMissingOrUnsupportedFilterIsRefusedWithArmsBadRequest() {
        for (String query : List.of("", "&$filter=resourceGroupName eq 'rg-web-prod'",
                "&$filter=eventTimestamp gt '2026-11-30T00:00:00Z'", "&$filter=eventTimestamp ge 'yesterday'",
                "&$filter=category eq 'Administrative' and eventTimestamp ge '2026-11-30T00:00:00Z'")) {
            ArmTestClient.Response response = client.getPath(LOG, "api-version=2015-04-01" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.errorCode()).as(query).isEqualTo("BadRequest");
        }
    }

    @Test
    void aBurstIsPagedWithAbsoluteNextLinksNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        sim.changes().burst(STORAGE, 30);

        List<Map<String, Object>> pages = client.pages(logQuery(since(before)));
        assertThat(pages).hasSize(9);
        assertThat(Json.string(pages.get(0), "nextLink")).startsWith(sim.baseUrl() + LOG + "?");
        List<Map<String, Object>> events = pages.stream().flatMap(page -> Json.objects(page, "value").stream()).toList();
        assertThat(events).hasSize(60);
        assertThat(events).extracting(event -> Json.string(event, "eventDataId")).doesNotHaveDuplicates();
        List<Instant> times = events.stream().map(event -> Instant.parse(Json.string(event, "eventTimestamp"))).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void thePathMatchesInAnyCase() {
        Instant before = Instant.now().minusSeconds(1);
        sim.changes().write(STORAGE);

        ArmTestClient.Response response = client.getPath(LOG.toLowerCase(),
                "api-version=2015-04-01&$filter=" + since(before));
        assertThat(response.status()).isEqualTo(200);
        assertThat(Json.objects(response.json(), "value")).hasSize(2);
    }

    @Test
    void anotherSubscriptionsLogHoldsNoneOfTheseEvents() {
        Instant before = Instant.now().minusSeconds(1);
        sim.changes().write(STORAGE);

        ArmTestClient.Response response = client.getPath(LOG.replace(CONTOSO_PRODUCTION_SUBSCRIPTION_ID,
                "c0a70500-0002-4000-8000-00000000a002"), "api-version=2015-04-01&$filter=" + since(before));
        assertThat(response.status()).isEqualTo(200);
        assertThat(Json.objects(response.json(), "value")).isEmpty();
    }

    @Test
    void theDelayIsSetAndReadOverTheAdminEndpoint() {
        ArmTestClient.Response set = client.send("POST", "/_simulator/activitylog?delayMs=180000");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json()).containsEntry("delayMs", new java.math.BigDecimal(180000));
        assertThat(sim.activityLog().delay()).isEqualTo(Duration.ofMinutes(3));

        sim.changes().write(STORAGE);
        Map<String, Object> counts = client.get("/_simulator/activitylog").json();
        assertThat(counts).containsEntry("events", java.math.BigDecimal.valueOf(2))
                .containsEntry("arrived", java.math.BigDecimal.ZERO);
    }

    private static String since(Instant at) {
        return "eventTimestamp ge '" + at + "'";
    }

    private static String logQuery(String filter) {
        return LOG + "?api-version=2015-04-01&$filter=" + java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> events(String filter) {
        return client.listAll(logQuery(filter));
    }
}
