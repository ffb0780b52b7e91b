package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.Expectation.FAIL;
import static dev.portcullis.simulator.estate.Expectation.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.ArmTestClient;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The demo's 30 days: today is today's estate, every day is a sound estate, and the story happens on its days. */
class DemoHistoryTest {

    /** VM name → the day it is deleted on. */
    private static final Map<String, Integer> DELETED = Map.of(
            "web-canary-01", DemoHistory.WEB_CANARY_01_DELETED,
            "dev-scratch-01", DemoHistory.DEV_SCRATCH_01_DELETED,
            "pos-kiosk-01", DemoHistory.POS_KIOSK_01_DELETED);
    /** VM name → the day it is created on. */
    private static final Map<String, Integer> CREATED = Map.of(
            "lab-ftp-01", DemoHistory.LAB_FTP_01_CREATED,
            "edge-ssh-01", DemoHistory.EDGE_SSH_01_CREATED,
            "pos-win-03", DemoHistory.POS_WIN_03_CREATED,
            "sbx-03", DemoHistory.SBX_03_CREATED);

    static List<Integer> days() {
        return DemoDays.days();
    }

    /**
     * Today's estate is the golden copy. A deliberate change to the estate re-takes it with
     * {@code mvn -pl simulator verify -Dportcullis.fingerprint.update=true} (then commit the file with the change).
     */
    @Test
    void todayIsExactlyTheDemoEstateAsItWasBeforeTheHistory() throws IOException {
        if (Boolean.getBoolean("portcullis.fingerprint.update")) {
            Files.writeString(Path.of("src/test/resources/demo-estate-today.fingerprint"),
                    EstateFingerprint.text(Estate.demo()));
        }
        String golden;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/demo-estate-today.fingerprint"))) {
            golden = Boolean.getBoolean("portcullis.fingerprint.update")
                    ? EstateFingerprint.text(Estate.demo())
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(EstateFingerprint.text(DemoDays.on(DemoHistory.TODAY))).isEqualTo(golden);
        assertThat(EstateFingerprint.text(Estate.demo())).isEqualTo(golden);
        assertThat(DemoDays.on(DemoHistory.TODAY).virtualMachines()).isEqualTo(Estate.demo().virtualMachines());
        assertThat(DemoDays.on(DemoHistory.TODAY).subscriptions()).isEqualTo(Estate.demo().subscriptions());
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("days")
    void everyDaysEstateResolvesItsReferencesIsStrictJsonAndAgreesWithItsExpectations(int day) {
        Estate estate = DemoDays.on(day);

        EstateInvariants.of(estate).assertAll();
        estate.virtualMachines().forEach(vm -> DemoPayloadsMatchExpectationsTest.assertPayloadsAgree(estate, vm));
        DemoEstateTest.assertJitStatusAgreesWithTheJitChecks(estate);
        assertThat(estate.virtualMachines()).extracting(SimVm::name).doesNotHaveDuplicates();
        assertThat(estate.virtualMachines()).allSatisfy(vm -> assertThat(vm.expected()).containsOnlyKeys(CheckIds.VM_CHECKS));
    }

    /**
     * Each day's lists by subscription; today's lists by resource group and location are checked by
     * {@link DemoEstateReferencesTest}. Only the days listed in the history: every other day's estate
     * is the day before's ({@link #aDayIsInTheHistoryExactlyWhenItsEstateDiffersFromTheDayBeforeOrASubscriptionFails}).
     */
    @Test
    void everyDayIsServedAsStrictJsonPagesHoldingEachSubscriptionsResources() {
        try (ArmSimulator sim = ArmSimulator.start(DemoDays.on(0), SimulatorOptions.defaults().pageSize(9))) {
            ArmTestClient client = new ArmTestClient(sim.baseUrl());
            for (int day : DemoHistory.changes().keySet()) {
                sim.serve(DemoDays.on(day));
                EstateInvariants.of(DemoDays.on(day)).everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources(client, false);
            }
        }
    }

    @Test
    void deletedVmsAreListedBeforeTheirDeletionDayAndNotFromIt() {
        DELETED.forEach((name, deletedOn) -> {
            for (int day : DemoDays.days()) {
                Estate estate = DemoDays.on(day);
                boolean exists = day < deletedOn;
                assertThat(listedVmNames(estate)).as("%s on day %d", name, day).matches(names -> names.contains(name) == exists);
                assertThat(estate.findVirtualMachine(name)).as("%s expected on day %d", name, day).matches(vm -> vm.isPresent() == exists);
                String nic = name + "-nic";
                String ip = name + "-ip";
                String nsg = name + "-nsg";
                assertThat(names(estate, ResourceType.NETWORK_INTERFACES)).as("%s on day %d", nic, day).matches(n -> n.contains(nic) == exists);
                assertThat(names(estate, ResourceType.PUBLIC_IP_ADDRESSES)).as("%s on day %d", ip, day).matches(n -> n.contains(ip) == exists);
                assertThat(names(estate, ResourceType.NETWORK_SECURITY_GROUPS)).as("%s on day %d", nsg, day).matches(n -> n.contains(nsg) == exists);
                assertThat(jitEntryIds(estate)).as("JIT entry of %s on day %d", name, day)
                        .matches(ids -> ids.stream().anyMatch(id -> id.endsWith("/virtualmachines/" + name)) == exists);
            }
        });
        assertThat(DELETED.values()).allMatch(day -> day > 0 && day < DemoHistory.TODAY);
    }

    @Test
    void newVmsAreListedFromTheirCreationDayOn() {
        CREATED.forEach((name, createdOn) -> {
            for (int day : DemoDays.days()) {
                Estate estate = DemoDays.on(day);
                boolean exists = day >= createdOn;
                assertThat(listedVmNames(estate)).as("%s on day %d", name, day).matches(names -> names.contains(name) == exists);
                assertThat(names(estate, ResourceType.NETWORK_INTERFACES)).as("%s-nic on day %d", name, day)
                        .matches(n -> n.contains(name + "-nic") == exists);
            }
        });
        assertThat(CREATED.values()).allMatch(day -> day > 0 && day < DemoHistory.TODAY);
    }

    @Test
    void regressionVmFailsJitBypassedAndExposureOnlyWhileItsUserRuleIsThere() {
        List<Expectation> bypassed = new ArrayList<>();
        List<Expectation> exposed = new ArrayList<>();
        for (int day : DemoDays.days()) {
            SimVm vm = DemoDays.on(day).virtualMachine("dev-api-01");
            bypassed.add(vm.expected(CheckIds.VM_JIT_BYPASSED));
            exposed.add(vm.expected(CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED));
            assertThat(ruleNames(DemoDays.on(day), "dev-api-01-nsg").contains("AllowSSHFromInternet"))
                    .as("rule on day %d", day).isEqualTo(vm.expected(CheckIds.VM_JIT_BYPASSED) == FAIL);
        }
        // Open (days 0-4), resolved on day 5, reopened on day 18, resolved again on day 22.
        List<Expectation> expected = IntStream.rangeClosed(0, 29)
                .mapToObj(day -> day < 5 || (day >= 18 && day < 22) ? FAIL : PASS).toList();
        assertThat(bypassed).isEqualTo(expected);
        assertThat(exposed).isEqualTo(expected);
    }

    @Test
    void remediationsAndTheRegressionThatStaysHappenOnTheirDays() {
        assertFlipsOn("dev-api-02", CheckIds.VM_JIT_ENABLED, DemoHistory.DEV_API_02_JOINS_JIT, FAIL, PASS);
        assertFlipsOn("win-02", CheckIds.VM_JIT_MAX_DURATION, DemoHistory.WIN_02_RDP_DURATION_SHORTENED, FAIL, PASS);
        assertFlipsOn("pos-01", CheckIds.VM_JIT_BYPASSED, DemoHistory.POS_01_SSH_RULE_REMOVED, FAIL, PASS);
        assertFlipsOn("pos-01", CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED, DemoHistory.POS_01_SSH_RULE_REMOVED, FAIL, PASS);
        assertFlipsOn("web-legacy-01", CheckIds.VM_JIT_BYPASSED, DemoHistory.WEB_LEGACY_01_SSH_RULE_ADDED, PASS, FAIL);
        for (int day : DemoDays.days()) {
            Expectation p2 = DemoDays.on(day).subscription(CONTOSO_PRODUCTION_SUBSCRIPTION_ID).expectedDefenderP2();
            assertThat(p2).as("day %d", day).isEqualTo(day < DemoHistory.CONTOSO_PRODUCTION_DEFENDER_P2 ? FAIL : PASS);
            String pricing = DemoDays.on(day).catalog().find("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID
                    + "/providers/Microsoft.Security/pricings/VirtualMachines").orElseThrow().json();
            assertThat(Json.string(StrictJson.parseObject(pricing), "properties", "subPlan")).isEqualTo(p2 == PASS ? "P2" : "P1");
        }
        String win02Policy = jitPolicyJson(DemoDays.on(DemoHistory.WIN_02_RDP_DURATION_SHORTENED - 1), "rg-win-prod");
        assertThat(win02Policy).contains("\"maxRequestAccessDuration\":\"P1D\"");
    }

    @Test
    void exactlyOneSubscriptionFailsOnExactlyOneDay() {
        Map<Integer, List<String>> failing = new TreeMap<>();
        for (int day : DemoDays.days()) {
            if (!Estate.failingSubscriptionsOnDay(day).isEmpty()) {
                failing.put(day, Estate.failingSubscriptionsOnDay(day));
            }
        }

        assertThat(failing).containsExactly(Map.entry(17, List.of(FABRIKAM_RETAIL_SUBSCRIPTION_ID)));
        assertThat(DemoDays.on(17).catalog().list(FABRIKAM_RETAIL_SUBSCRIPTION_ID, ResourceType.VIRTUAL_MACHINES))
                .as("the estate itself serves the failing subscription").isNotEmpty();
    }

    @Test
    void daysOutsideTheWindowAreRefused() {
        assertThatThrownBy(() -> Estate.demoOnDay(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Estate.demoOnDay(30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Estate.failingSubscriptionsOnDay(30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResourceKeepsItsIdAndAddressesOnEveryDayItExists() {
        Map<String, String> jsonIdByKey = new HashMap<>();
        Map<String, String> addressesByNic = new HashMap<>();
        for (int day : DemoDays.days()) {
            for (ArmResource resource : DemoDays.on(day).catalog().allResources()) {
                String previous = jsonIdByKey.putIfAbsent(resource.key(), resource.id());
                assertThat(previous == null ? resource.id() : previous).as("id of %s on day %d", resource.key(), day)
                        .isEqualTo(resource.id());
                if (resource.type() == ResourceType.NETWORK_INTERFACES || resource.type() == ResourceType.PUBLIC_IP_ADDRESSES) {
                    String addresses = addresses(StrictJson.parseObject(resource.json()));
                    String before = addressesByNic.putIfAbsent(resource.key(), addresses);
                    assertThat(before == null ? addresses : before).as("addresses of %s on day %d", resource.id(), day)
                            .isEqualTo(addresses);
                }
            }
        }
        assertThat(addressesByNic.keySet()).anyMatch(key -> key.endsWith("/web-canary-01-ip"));
    }

    @Test
    void aDayIsInTheHistoryExactlyWhenItsEstateDiffersFromTheDayBeforeOrASubscriptionFails() {
        List<Integer> changing = new ArrayList<>(List.of(DemoHistory.FIRST_DAY));
        for (int day = 1; day <= DemoHistory.TODAY; day++) {
            boolean differs = !EstateFingerprint.of(DemoDays.on(day)).equals(EstateFingerprint.of(DemoDays.on(day - 1)));
            if (differs || !Estate.failingSubscriptionsOnDay(day).isEmpty()) {
                changing.add(day);
            }
        }

        assertThat(DemoHistory.changes().keySet()).containsExactlyElementsOf(changing);
        assertThat(EstateFingerprint.of(DemoDays.on(DemoHistory.FAILING_DAY)))
                .as("the failing day changes nothing in the estate")
                .isEqualTo(EstateFingerprint.of(DemoDays.on(DemoHistory.FAILING_DAY - 1)));
    }

    private static void assertFlipsOn(String vmName, String check, int day, Expectation before, Expectation after) {
        for (int d : DemoDays.days()) {
            assertThat(DemoDays.on(d).virtualMachine(vmName).expected(check)).as("%s %s on day %d", vmName, check, d)
                    .isEqualTo(d < day ? before : after);
        }
    }

    private static List<String> listedVmNames(Estate estate) {
        return names(estate, ResourceType.VIRTUAL_MACHINES);
    }

    /** Names as the last segment of the listed resources' ids (the payloads are parsed by the invariants). */
    private static List<String> names(Estate estate, ResourceType type) {
        List<String> names = new ArrayList<>();
        for (SimSubscription subscription : estate.subscriptions()) {
            estate.catalog().resources(subscription.subscriptionId(), type)
                    .forEach(resource -> names.add(resource.id().substring(resource.id().lastIndexOf('/') + 1)));
        }
        return names;
    }

    private static List<String> jitEntryIds(Estate estate) {
        List<String> ids = new ArrayList<>();
        for (SimSubscription subscription : estate.subscriptions()) {
            for (String json : estate.catalog().list(subscription.subscriptionId(), ResourceType.JIT_NETWORK_ACCESS_POLICIES)) {
                Json.objects(StrictJson.parseObject(json), "properties", "virtualMachines")
                        .forEach(entry -> ids.add(Json.string(entry, "id").toLowerCase(Locale.ROOT)));
            }
        }
        return ids;
    }

    private static List<String> ruleNames(Estate estate, String nsgName) {
        for (SimSubscription subscription : estate.subscriptions()) {
            for (String json : estate.catalog().list(subscription.subscriptionId(), ResourceType.NETWORK_SECURITY_GROUPS)) {
                Map<String, Object> nsg = StrictJson.parseObject(json);
                if (nsgName.equals(nsg.get("name"))) {
                    return Json.objects(nsg, "properties", "securityRules").stream().map(rule -> Json.string(rule, "name")).toList();
                }
            }
        }
        throw new AssertionError("no NSG " + nsgName);
    }

    private static String jitPolicyJson(Estate estate, String resourceGroup) {
        for (SimSubscription subscription : estate.subscriptions()) {
            for (ArmResource policy : estate.catalog().resources(subscription.subscriptionId(), ResourceType.JIT_NETWORK_ACCESS_POLICIES)) {
                if (policy.inResourceGroup(resourceGroup)) {
                    return policy.json();
                }
            }
        }
        throw new AssertionError("no JIT policy in " + resourceGroup);
    }

    private static String addresses(Map<String, Object> resource) {
        List<String> addresses = new ArrayList<>();
        Object ip = Json.at(resource, "properties", "ipAddress");
        if (ip != null) {
            addresses.add((String) ip);
        }
        Json.objects(resource, "properties", "ipConfigurations")
                .forEach(config -> addresses.add(String.valueOf(Json.at(config, "properties", "privateIPAddress"))));
        return String.join(",", addresses);
    }
}
