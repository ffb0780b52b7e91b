package dev.portcullis.simulator.estate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named situation a VM is built in, with the results the product must give for it. Expectations
 * are written by hand from the check rules, never computed by an evaluator.
 */
public record Scenario(String name, String description, Map<String, Expectation> expected, JitStatus jitStatus) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(jitStatus, "jitStatus");
        if (!expected.keySet().equals(Set.copyOf(CheckIds.VM_CHECKS))) {
            throw new IllegalArgumentException(name + ": expectations must name exactly the VM checks");
        }
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /** Starts a scenario; finish it with {@link Draft#expect}. */
    public static Draft scenario(String name, String description) {
        return new Draft(name, description);
    }

    public Expectation expected(String checkId) {
        return expected.get(checkId);
    }

    /** A scenario being written: the expectations come in the order of {@link CheckIds#VM_CHECKS}. */
    public record Draft(String name, String description) {

        public Scenario expect(
                Expectation nsgAttached,
                Expectation managementPortInternetExposed,
                Expectation jitEnabled,
                Expectation jitCoversManagementPorts,
                Expectation jitMaxDuration,
                Expectation jitSourceRestricted,
                Expectation jitBypassed,
                JitStatus jitStatus) {
            List<Expectation> values = List.of(nsgAttached, managementPortInternetExposed, jitEnabled,
                    jitCoversManagementPorts, jitMaxDuration, jitSourceRestricted, jitBypassed);
            Map<String, Expectation> expected = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                expected.put(CheckIds.VM_CHECKS.get(i), values.get(i));
            }
            return new Scenario(name, description, expected, jitStatus);
        }
    }
}
