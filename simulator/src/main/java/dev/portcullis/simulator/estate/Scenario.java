package dev.portcullis.simulator.estate;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named situation a VM is built in, with the results the product must give for it. Expectations
 * are written by hand from the check rules, never computed by an evaluator.
 *
 * @param expected check id → expected result, for each of {@link CheckIds#VM_CHECKS}
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

    /**
     * Starts a scenario in which every VM check passes; name what does not with {@link Draft#failing} and
     * {@link Draft#notApplicable}, and finish it with {@link Draft#status}.
     */
    public static Draft scenario(String name, String description) {
        return new Draft(name, description, Map.of());
    }

    public Expectation expected(String checkId) {
        return expected.get(checkId);
    }

    /** A scenario being written: the VM checks it names, each once; every other VM check passes. */
    public static final class Draft {

        private final String name;
        private final String description;
        private final Map<String, Expectation> named;

        private Draft(String name, String description, Map<String, Expectation> named) {
            this.name = name;
            this.description = description;
            this.named = named;
        }

        /** These VM checks fail. */
        public Draft failing(String... checkIds) {
            return with(Expectation.FAIL, Arrays.asList(checkIds));
        }

        /**
         * These VM checks have nothing to evaluate: {@link CheckIds#JIT_QUALITY_CHECKS} for a VM in no JIT policy,
         * {@link CheckIds#JIT_CHECKS} for one without any NSG.
         */
        public Draft notApplicable(String... checkIds) {
            return notApplicable(Arrays.asList(checkIds));
        }

        public Draft notApplicable(List<String> checkIds) {
            return with(Expectation.NOT_APPLICABLE, checkIds);
        }

        /** Finishes the scenario with the JIT status the product must give; unnamed checks PASS. */
        public Scenario status(JitStatus jitStatus) {
            Map<String, Expectation> expected = new LinkedHashMap<>();
            for (String check : CheckIds.VM_CHECKS) {
                expected.put(check, named.getOrDefault(check, Expectation.PASS));
            }
            return new Scenario(name, description, expected, jitStatus);
        }

        private Draft with(Expectation expectation, List<String> checkIds) {
            Map<String, Expectation> more = new LinkedHashMap<>(named);
            for (String check : checkIds) {
                if (!CheckIds.VM_CHECKS.contains(check)) {
                    throw new IllegalArgumentException(name + ": not a VM check: " + check);
                }
                if (more.put(check, expectation) != null) {
                    throw new IllegalArgumentException(name + ": " + check + " named twice");
                }
            }
            return new Draft(name, description, Collections.unmodifiableMap(more));
        }
    }
}
