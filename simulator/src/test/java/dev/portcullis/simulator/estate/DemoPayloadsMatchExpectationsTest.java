package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.Expectation.FAIL;
import static dev.portcullis.simulator.estate.Expectation.NOT_APPLICABLE;
import static dev.portcullis.simulator.estate.Expectation.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the hand-written expectations against slips in the estate code: for the checks that need
 * no reachability analysis (NSG attached, JIT enabled, covers, duration, source), the payloads must
 * say what the scenario claims. Exposure and bypass are reasoned by hand, scenario by scenario.
 * {@link DemoHistoryTest} holds every day of the demo to the same.
 */
class DemoPayloadsMatchExpectationsTest {

    private static final Estate ESTATE = Estate.demo();
    private static final Set<String> OPEN_SOURCES = Set.of("*", "any", "internet", "0.0.0.0/0", "::/0");
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

    static List<Arguments> vms() {
        return ESTATE.virtualMachines().stream().map(vm -> Arguments.of(vm.name(), vm)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vms")
    void payloadsAgreeWithTheScenario(String name, SimVm vm) {
        assertPayloadsAgree(ESTATE, vm);
    }

    /**
     * The VMs a NIC of which carries a Basic-SKU public IP: those {@link CheckIds#VM_PUBLIC_IP_BASIC_SKU} will
     * fail when it joins {@link CheckIds#VM_CHECKS} (sbx-02 shares its scenario with sbx-01 and sbx-03, which have none).
     */
    @Test
    void theVmsWithABasicPublicIpOnANicAreTheseFour() {
        Payloads payloads = new Payloads(ESTATE);
        assertThat(ESTATE.virtualMachines().stream().filter(payloads::hasBasicPublicIp).map(SimVm::name))
                .containsExactlyInAnyOrder("lab-open-01", "lab-basic-01", "sbx-02", "sbx-open-01");
    }

    /** The structural expectations of {@code vm} are what {@code estate}'s payloads say. */
    static void assertPayloadsAgree(Estate estate, SimVm vm) {
        new Payloads(estate).check(vm);
    }

    /** Reads one estate's payloads. */
    private record Payloads(Estate estate) {

        private void check(SimVm vm) {
            Map<String, Object> payload = resource(vm.resourceId());
            assertThat(osTypeOf(payload)).as(vm.name() + ": OS as the payload tells it").isEqualTo(vm.osType());

            List<Map<String, Object>> nics = Json.objects(payload, "properties", "networkProfile", "networkInterfaces").stream()
                    .map(ref -> resource(Json.string(ref, "id"))).toList();
            boolean anyNsg = false;
            boolean everyNicHasOne = true;
            for (Map<String, Object> nic : nics) {
                boolean nicNsg = Json.at(nic, "properties", "networkSecurityGroup") != null;
                boolean subnetNsg = Json.objects(nic, "properties", "ipConfigurations").stream()
                        .map(config -> resource(Json.string(config, "properties", "subnet", "id")))
                        .anyMatch(subnet -> Json.at(subnet, "properties", "networkSecurityGroup") != null);
                anyNsg |= nicNsg || subnetNsg;
                everyNicHasOne &= nicNsg || subnetNsg;
            }
            assertThat(vm.expected(CheckIds.VM_NSG_ATTACHED)).as(vm.name() + ": nsg attached")
                    .isEqualTo(nics.isEmpty() ? NOT_APPLICABLE : everyNicHasOne ? PASS : FAIL);

            Map<String, Object> entry = jitEntry(vm);
            assertThat(vm.expected(CheckIds.VM_JIT_ENABLED)).as(vm.name() + ": JIT enabled")
                    .isEqualTo(!anyNsg ? NOT_APPLICABLE : entry != null ? PASS : FAIL);
            if (entry == null) {
                assertThat(CheckIds.JIT_QUALITY_CHECKS).as(vm.name() + ": in no policy")
                        .allSatisfy(check -> assertThat(vm.expected(check)).isEqualTo(NOT_APPLICABLE));
                return;
            }
            List<Map<String, Object>> ports = Json.objects(entry, "ports");
            List<Integer> numbers = ports.stream().map(port -> ((Number) port.get("number")).intValue()).toList();
            assertThat(vm.expected(CheckIds.VM_JIT_COVERS_MANAGEMENT_PORTS)).as(vm.name() + ": covers")
                    .isEqualTo(numbers.containsAll(requiredPorts(vm.osType())) ? PASS : FAIL);
            boolean tooLong = ports.stream().anyMatch(port -> duration(Json.string(port, "maxRequestAccessDuration"))
                    .compareTo(limit(((Number) port.get("number")).intValue())) > 0);
            assertThat(vm.expected(CheckIds.VM_JIT_MAX_DURATION)).as(vm.name() + ": max duration").isEqualTo(tooLong ? FAIL : PASS);
            boolean open = ports.stream().flatMap(port -> sources(port).stream())
                    .anyMatch(source -> OPEN_SOURCES.contains(source.toLowerCase(Locale.ROOT)));
            assertThat(vm.expected(CheckIds.VM_JIT_SOURCE_RESTRICTED)).as(vm.name() + ": source").isEqualTo(open ? FAIL : PASS);
            assertThat(vm.expected(CheckIds.VM_JIT_BYPASSED)).as(vm.name() + ": bypassed").isNotEqualTo(NOT_APPLICABLE);
        }

        private Map<String, Object> jitEntry(SimVm vm) {
            for (String json : estate.catalog().list(vm.subscriptionId(), ResourceType.JIT_NETWORK_ACCESS_POLICIES)) {
                for (Map<String, Object> entry : Json.objects(StrictJson.parseObject(json), "properties", "virtualMachines")) {
                    if (vm.resourceId().equalsIgnoreCase(Json.string(entry, "id"))) {
                        return entry;
                    }
                }
            }
            return null;
        }

        private static String osTypeOf(Map<String, Object> vm) {
            String osType = Json.string(vm, "properties", "storageProfile", "osDisk", "osType");
            if (osType != null) {
                return osType;
            }
            Map<String, Object> profile = Json.object(vm, "properties", "osProfile");
            if (profile == null) {
                return null;
            }
            return profile.containsKey("windowsConfiguration") ? "Windows" : "Linux";
        }

        private static List<Integer> requiredPorts(String osType) {
            List<Integer> ports = new ArrayList<>(switch (osType == null ? "" : osType) {
                case "Linux" -> List.of(22);
                case "Windows" -> List.of(3389, 5985, 5986);
                default -> List.of(22, 3389, 5985, 5986);
            });
            ports.addAll(CheckIds.CUSTOM_MANAGEMENT_PORTS);
            return ports;
        }

        private static Duration limit(int port) {
            return port == 5985 || port == 5986 ? Duration.ofHours(1) : Duration.ofHours(3);
        }

        private static Duration duration(String iso) {
            Matcher matcher = DURATION.matcher(iso);
            assertThat(matcher.matches()).as(iso).isTrue();
            return Duration.ofDays(number(matcher.group(1))).plusHours(number(matcher.group(2))).plusMinutes(number(matcher.group(3)));
        }

        private static long number(String group) {
            return group == null ? 0 : Long.parseLong(group);
        }

        private static List<String> sources(Map<String, Object> port) {
            String single = Json.string(port, "allowedSourceAddressPrefix");
            return single != null ? List.of(single) : Json.strings(port, "allowedSourceAddressPrefixes");
        }

        private boolean hasBasicPublicIp(SimVm vm) {
            return Json.objects(resource(vm.resourceId()), "properties", "networkProfile", "networkInterfaces").stream()
                    .map(ref -> resource(Json.string(ref, "id")))
                    .flatMap(nic -> Json.objects(nic, "properties", "ipConfigurations").stream())
                    .map(config -> Json.string(config, "properties", "publicIPAddress", "id"))
                    .filter(id -> id != null)
                    .anyMatch(id -> "Basic".equals(Json.string(resource(id), "sku", "name")));
        }

        private Map<String, Object> resource(String id) {
            return StrictJson.parseObject(estate.catalog().find(id).orElseThrow(() -> new AssertionError("no resource " + id)).json());
        }
    }
}
