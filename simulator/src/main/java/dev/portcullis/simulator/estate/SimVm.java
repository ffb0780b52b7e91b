package dev.portcullis.simulator.estate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A virtual machine of the estate and the results the product must give for it.
 *
 * @param resourceId ARM id in ARM's canonical casing
 * @param osType {@code "Linux"}, {@code "Windows"} or {@code null} when ARM gives no way to know
 * @param scenario the short name of the scenario the VM was built in
 * @param expected check id → expected result, for each of {@link CheckIds#VM_CHECKS}
 */
public record SimVm(
        String resourceId,
        String name,
        String subscriptionId,
        String tenantId,
        String resourceGroup,
        String location,
        String osType,
        String scenario,
        Map<String, Expectation> expected,
        JitStatus expectedJitStatus) {

    public SimVm {
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    public Expectation expected(String checkId) {
        Expectation expectation = expected.get(checkId);
        if (expectation == null) {
            throw new IllegalArgumentException("not a VM check: " + checkId);
        }
        return expectation;
    }
}
