package dev.portcullis.simulator.estate;

import java.util.List;

/**
 * The ids of the product's checks, the one place in the simulator that names them (the simulator does not
 * depend on the product). A check added here under {@link #VM_CHECKS} is expected to PASS on every VM
 * whose scenario does not name it ({@link Scenario.Draft#failing}, {@link Scenario.Draft#notApplicable}).
 */
public final class CheckIds {

    public static final String SUBSCRIPTION_DEFENDER_SERVERS_P2 = "subscription_defender_servers_p2";

    public static final String VM_NSG_ATTACHED = "vm_nsg_attached";
    public static final String VM_MANAGEMENT_PORT_INTERNET_EXPOSED = "vm_management_port_internet_exposed";
    public static final String VM_JIT_ENABLED = "vm_jit_enabled";
    public static final String VM_JIT_COVERS_MANAGEMENT_PORTS = "vm_jit_covers_management_ports";
    public static final String VM_JIT_MAX_DURATION = "vm_jit_max_duration";
    public static final String VM_JIT_SOURCE_RESTRICTED = "vm_jit_source_restricted";
    public static final String VM_JIT_BYPASSED = "vm_jit_bypassed";

    /** HIGH: a VM's NIC carries a Basic-SKU public IP (retired on 30 September 2025). */
    public static final String VM_PUBLIC_IP_BASIC_SKU = "vm_public_ip_basic_sku";

    /** The scale-set check, for Uniform scale sets ({@link SimScaleSet}). */
    public static final String VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED = "vmss_management_port_internet_exposed";

    /** The VM checks every VM carries an expectation for, in the order scenario tables list them. */
    public static final List<String> VM_CHECKS = List.of(
            VM_NSG_ATTACHED,
            VM_MANAGEMENT_PORT_INTERNET_EXPOSED,
            VM_JIT_ENABLED,
            VM_JIT_COVERS_MANAGEMENT_PORTS,
            VM_JIT_MAX_DURATION,
            VM_JIT_SOURCE_RESTRICTED,
            VM_JIT_BYPASSED,
            VM_PUBLIC_IP_BASIC_SKU);

    /** The JIT checks other than {@link #VM_JIT_ENABLED}: any failing one makes a VM's JIT status PARTIAL. */
    public static final List<String> JIT_QUALITY_CHECKS = List.of(
            VM_JIT_COVERS_MANAGEMENT_PORTS, VM_JIT_MAX_DURATION, VM_JIT_SOURCE_RESTRICTED, VM_JIT_BYPASSED);

    /** Every JIT check: NOT_APPLICABLE together for a VM without any NSG. */
    public static final List<String> JIT_CHECKS = List.of(
            VM_JIT_ENABLED, VM_JIT_COVERS_MANAGEMENT_PORTS, VM_JIT_MAX_DURATION, VM_JIT_SOURCE_RESTRICTED,
            VM_JIT_BYPASSED);

    /** The checks of Uniform scale sets ({@link SimScaleSet}). */
    public static final List<String> VMSS_CHECKS = List.of(VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED);

    /** Management ports the expectations assume on top of 22, 3389, 5985 and 5986 (the product's setting). */
    public static final List<Integer> CUSTOM_MANAGEMENT_PORTS = List.of(2222);

    private CheckIds() {
    }
}
