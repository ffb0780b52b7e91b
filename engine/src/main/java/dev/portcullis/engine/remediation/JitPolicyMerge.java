package dev.portcullis.engine.remediation;

import dev.portcullis.engine.inventory.ArmIds;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the body of a JIT policy PUT that fixes one VM without touching the others. A policy holds every VM of its
 * resource group and location, and a PUT replaces it whole: so the body keeps every other VM exactly as it is, and
 * rewrites only this VM's entry: its existing ports kept, durations shortened to the limit, any-source entries
 * replaced by the organisation's admin ranges, and missing required ports added.
 */
public final class JitPolicyMerge {

    private static final Set<String> ANY_SOURCE = Set.of("*", "any", "internet", "0.0.0.0/0", "::/0");

    private JitPolicyMerge() {
    }

    /**
     * @param existing      the policy of the VM's resource group and location, if any
     * @param requiredPorts the VM's management ports with their maximum durations (22 → PT3H, 5985 → PT1H, …)
     */
    public static JitPolicySpec merged(Optional<JitPolicySpec> existing, String subscriptionId, String resourceGroup,
                                       String location, String vmId, Map<Integer, Duration> requiredPorts,
                                       List<String> adminSources) {
        List<JitPolicySpec.VmEntry> others = new ArrayList<>();
        Optional<JitPolicySpec.VmEntry> current = Optional.empty();
        for (JitPolicySpec.VmEntry entry : existing.map(JitPolicySpec::virtualMachines).orElse(List.of())) {
            if (ArmIds.same(entry.id(), vmId)) {
                current = Optional.of(entry);
            } else {
                others.add(entry);
            }
        }
        Map<Integer, JitPolicySpec.Port> ports = new TreeMap<>();
        current.ifPresent(entry -> entry.ports().forEach(p -> ports.put(p.number(),
                tightened(p, requiredPorts.getOrDefault(p.number(), Duration.ofHours(3)), adminSources))));
        requiredPorts.forEach((number, limit) -> ports.computeIfAbsent(number,
                n -> new JitPolicySpec.Port(n, "*", adminSources, limit.toString())));
        List<JitPolicySpec.VmEntry> vms = new ArrayList<>(others);
        vms.add(new JitPolicySpec.VmEntry(current.map(JitPolicySpec.VmEntry::id).orElse(vmId),
                List.copyOf(ports.values()), current.map(JitPolicySpec.VmEntry::publicIpAddress).orElse(null)));
        return new JitPolicySpec(subscriptionId,
                existing.map(JitPolicySpec::resourceGroup).orElse(resourceGroup),
                existing.map(JitPolicySpec::location).orElse(location),
                existing.map(JitPolicySpec::name).orElse("default"), vms);
    }

    private static JitPolicySpec.Port tightened(JitPolicySpec.Port port, Duration limit, List<String> adminSources) {
        List<String> sources = port.sources().stream()
                .filter(s -> !ANY_SOURCE.contains(s.trim().toLowerCase(Locale.ROOT)))
                .toList();
        return new JitPolicySpec.Port(port.number(), port.protocol() == null ? "*" : port.protocol(),
                sources.isEmpty() ? adminSources : sources, shorter(port.maxRequestAccessDuration(), limit));
    }

    private static String shorter(String declared, Duration limit) {
        try {
            return declared != null && Duration.parse(declared).compareTo(limit) <= 0 ? declared : limit.toString();
        } catch (DateTimeParseException e) {
            return limit.toString();
        }
    }
}
