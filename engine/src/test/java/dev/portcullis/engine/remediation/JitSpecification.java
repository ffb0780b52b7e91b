package dev.portcullis.engine.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constraints of {@code Microsoft.Security/locations/jitNetworkAccessPolicies} (api-version 2020-01-01) that a
 * client's body must keep, written here from the specification (not from the code under test): {@code location},
 * {@code id}, {@code name}, {@code type} and {@code provisioningState} are read-only; {@code virtualMachines} is
 * required, each with {@code id} and {@code ports}, optionally {@code publicIpAddress}; each port has {@code number},
 * {@code protocol} (TCP, UDP or *), {@code maxRequestAccessDuration} (ISO 8601, PT5M to P1D) and exactly one of
 * {@code allowedSourceAddressPrefix} (a string) and {@code allowedSourceAddressPrefixes} (a list).
 */
final class JitSpecification {

    private static final Set<String> RESOURCE_KEYS = Set.of("kind", "properties");
    private static final Set<String> PROPERTY_KEYS = Set.of("virtualMachines", "requests");
    private static final Set<String> VM_KEYS = Set.of("id", "ports", "publicIpAddress");
    private static final Set<String> PORT_KEYS = Set.of("number", "protocol", "allowedSourceAddressPrefix",
            "allowedSourceAddressPrefixes", "maxRequestAccessDuration");
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "*");
    private static final Set<String> INITIATE_PORT_KEYS = Set.of("number", "duration", "endTimeUtc",
            "allowedSourceAddressPrefix", "allowedSourceAddressPrefixes");

    private JitSpecification() {
    }

    /** A whole PUT body: {@code kind} and {@code properties}, nothing read-only. */
    static void requireResource(Map<?, ?> body, String where) {
        assertThat(body.keySet()).as(where + ": body keys (location and the rest are read-only)")
                .allMatch(RESOURCE_KEYS::contains);
        assertThat(body.get("kind")).as(where + ": kind").isEqualTo("Basic");
        requireProperties(map(body.get("properties"), where + ": properties"), where);
    }

    static void requireProperties(Map<?, ?> properties, String where) {
        assertThat(properties.keySet()).as(where + ": properties keys").allMatch(PROPERTY_KEYS::contains);
        requireVirtualMachines(list(properties.get("virtualMachines"), where + ": virtualMachines"), where);
    }

    static void requireVirtualMachines(List<?> vms, String where) {
        assertThat(vms).as(where + ": virtualMachines").isNotEmpty();
        for (Object item : vms) {
            Map<?, ?> vm = map(item, where + ": a VM");
            assertThat(vm.keySet()).as(where + ": VM keys").allMatch(VM_KEYS::contains);
            assertThat(vm.get("id")).as(where + ": VM id").isInstanceOf(String.class);
            if (vm.containsKey("publicIpAddress")) {
                assertThat(vm.get("publicIpAddress")).as(where + ": publicIpAddress").isInstanceOf(String.class);
            }
            List<?> ports = list(vm.get("ports"), where + ": ports");
            assertThat(ports).as(where + ": ports").isNotEmpty();
            for (Object entry : ports) {
                Map<?, ?> port = map(entry, where + ": a port");
                assertThat(port.keySet()).as(where + ": port keys").allMatch(PORT_KEYS::contains);
                assertThat(port.get("number")).as(where + ": number").isInstanceOf(Integer.class);
                assertThat((Integer) port.get("number")).isBetween(1, 65535);
                assertThat(port.get("protocol")).as(where + ": protocol").isIn(PROTOCOLS);
                requireOneSourceForm(port, where);
                Duration duration = Duration.parse(String.valueOf(port.get("maxRequestAccessDuration")));
                assertThat(duration).as(where + ": maxRequestAccessDuration")
                        .isBetween(Duration.ofMinutes(5), Duration.ofDays(1));
            }
        }
    }

    /**
     * An {@code initiate} request: each port is one of the VM's ports in {@code policyVms} and asks from sources
     * that port's rule allows.
     */
    static void requireInitiate(Map<?, ?> vmRequest, List<?> policyVms, String where) {
        String id = String.valueOf(vmRequest.get("id"));
        Map<?, ?> rule = policyVms.stream().map(v -> (Map<?, ?>) v).filter(v -> id.equals(v.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": the request names a VM the policy lacks: " + id));
        for (Object entry : list(vmRequest.get("ports"), where + ": requested ports")) {
            Map<?, ?> port = map(entry, where + ": a requested port");
            assertThat(port.keySet()).as(where + ": requested port keys").allMatch(INITIATE_PORT_KEYS::contains);
            requireOneSourceForm(port, where);
            Map<?, ?> policyPort = list(rule.get("ports"), where).stream().map(p -> (Map<?, ?>) p)
                    .filter(p -> p.get("number").equals(port.get("number"))).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": port " + port.get("number") + " is not in JIT"));
            List<?> allowed = sources(policyPort);
            assertThat(sources(port)).as(where + ": port " + port.get("number") + " asked from sources its rule allows")
                    .isNotEmpty().allMatch(allowed::contains);
        }
    }

    private static void requireOneSourceForm(Map<?, ?> port, String where) {
        boolean single = port.containsKey("allowedSourceAddressPrefix");
        boolean plural = port.containsKey("allowedSourceAddressPrefixes");
        assertThat(single ^ plural).as(where + ": exactly one of the two source fields").isTrue();
        if (single) {
            Object value = port.get("allowedSourceAddressPrefix");
            assertThat(value instanceof String || value instanceof List<?> l && l.size() == 1)
                    .as(where + ": allowedSourceAddressPrefix is one string").isTrue();
        } else {
            assertThat(list(port.get("allowedSourceAddressPrefixes"), where)).isNotEmpty()
                    .allMatch(String.class::isInstance);
        }
    }

    private static List<?> sources(Map<?, ?> port) {
        Object single = port.get("allowedSourceAddressPrefix");
        if (single != null) {
            return single instanceof List<?> l ? l : List.of(single);
        }
        return list(port.get("allowedSourceAddressPrefixes"), "sources");
    }

    static Map<?, ?> map(Object value, String what) {
        assertThat(value).as(what + " is an object").isInstanceOf(Map.class);
        return (Map<?, ?>) value;
    }

    static List<?> list(Object value, String what) {
        assertThat(value).as(what + " is a list").isInstanceOf(List.class);
        return (List<?>) value;
    }
}
