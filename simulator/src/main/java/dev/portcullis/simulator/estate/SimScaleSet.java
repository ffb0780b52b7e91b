package dev.portcullis.simulator.estate;

/**
 * A Uniform scale set of the estate and the result the product must give for it. Uniform instances
 * are no {@code virtualMachines} and JIT's API cannot take them: the product evaluates exposure per
 * scale set ({@link CheckIds#VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED}) and gives JIT status
 * {@link JitStatus#NOT_SUPPORTED}. Flexible scale sets' VMs are ordinary {@link SimVm}s.
 *
 * @param resourceId ARM id in ARM's canonical casing
 * @param expected what {@code vmss_management_port_internet_exposed} must say (written by hand)
 * @param description the path and why the result is what it is
 */
public record SimScaleSet(
        String resourceId,
        String name,
        String subscriptionId,
        String resourceGroup,
        Expectation expected,
        JitStatus expectedJitStatus,
        String description) {
}
