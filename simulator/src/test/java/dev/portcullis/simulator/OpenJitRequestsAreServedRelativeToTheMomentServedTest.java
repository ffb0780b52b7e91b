package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.ServedTime;
import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * An open JIT request stays open whenever it is read: its start and end are rendered relative to
 * the moment the payload is served, by the simulator's clock.
 */
class OpenJitRequestsAreServedRelativeToTheMomentServedTest {

    private static final Instant SERVED_AT = Instant.parse("2027-03-01T08:30:15.250Z");
    private static final String WEB_PROD_POLICY = ArmIds.jitPolicy(
            DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-web-prod", DemoEstate.JAPANEAST, "default");

    @Test
    void theOpenRequestOfWeb05StartedAnHourBeforeAndEndsTwoHoursAfterTheMomentServed() {
        try (ArmSimulator sim = ArmSimulator.start(Estate.demo(),
                SimulatorOptions.defaults().clock(Clock.fixed(SERVED_AT, ZoneOffset.UTC)))) {
            Map<String, Object> policy = new ArmTestClient(sim.baseUrl()).getPath(WEB_PROD_POLICY, "api-version=2020-01-01").json();

            Map<String, Object> request = requestOf(policy, "web-05");
            Map<String, Object> port = Json.objects(request, "virtualMachines").get(0);
            Map<String, Object> ssh = Json.objects(port, "ports").get(0);
            assertThat(request).containsEntry("startTimeUtc", "2027-03-01T07:30:15.0000000Z");
            assertThat(ssh).containsEntry("status", "Initiated").containsEntry("endTimeUtc", "2027-03-01T10:30:15.0000000Z");
        }
    }

    @Test
    void listsServeTheSameRelativeTimesAsAGetById() {
        try (ArmSimulator sim = ArmSimulator.start(Estate.demo(),
                SimulatorOptions.defaults().clock(Clock.fixed(SERVED_AT, ZoneOffset.UTC)))) {
            List<Map<String, Object>> policies = new ArmTestClient(sim.baseUrl()).listAll("/subscriptions/"
                    + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version=2020-01-01");

            Map<String, Object> policy = policies.stream().filter(p -> WEB_PROD_POLICY.equals(p.get("id"))).findFirst().orElseThrow();
            assertThat(requestOf(policy, "web-05")).containsEntry("startTimeUtc", "2027-03-01T07:30:15.0000000Z");
            assertThat(policies.toString()).doesNotContain("{{served");
        }
    }

    @Test
    void theCatalogKeepsPlaceholdersSoTheEstateIsTheSameOnEveryBuild() {
        String json = Estate.demo().catalog().find(WEB_PROD_POLICY).orElseThrow().json();

        assertThat(json).contains(ServedTime.fromNow(Duration.ofHours(2)));
        assertThat(ServedTime.resolve(json, SERVED_AT)).contains("\"endTimeUtc\":\"2027-03-01T10:30:15.0000000Z\"");
    }

    private static Map<String, Object> requestOf(Map<String, Object> policy, String vmName) {
        return Json.objects(policy, "properties", "requests").stream()
                .filter(request -> Objects.requireNonNull(Json.string(Json.objects(request, "virtualMachines").get(0), "id"))
                        .endsWith("/" + vmName))
                .findFirst().orElseThrow();
    }
}
