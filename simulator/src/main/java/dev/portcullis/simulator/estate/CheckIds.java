package dev.portcullis.simulator.estate;

import java.util.List;

/** The ids of the product's checks that the estate carries expectations for. */
public final class CheckIds {

    public static final String SUBSCRIPTION_DEFENDER_SERVERS_P2 = "subscription_defender_servers_p2";

    public static final String VM_NSG_ATTACHED = "vm_nsg_attached";
    public static final String VM_MANAGEMENT_PORT_INTERNET_EXPOSED = "vm_management_port_internet_exposed";
    public static final String VM_JIT_ENABLED = "vm_jit_enabled";
    public static final String VM_JIT_COVERS_MANAGEMENT_PORTS = "vm_jit_covers_management_ports";
    public static final String VM_JIT_MAX_DURATION = "vm_jit_max_duration";
    public static final String VM_JIT_SOURCE_RESTRICTED = "vm_jit_source_restricted";
    public static final String VM_JIT_BYPASSED = "vm_jit_bypassed";

    /** The scale-set check, for Uniform scale sets ({@link SimScaleSet}). */
    public static final String VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED = "vmss_management_port_internet_exposed";

    /** The seven VM checks, in the order scenario tables list them. */
    public static final List<String> VM_CHECKS = List.of(
            VM_NSG_ATTACHED,
            VM_MANAGEMENT_PORT_INTERNET_EXPOSED,
            VM_JIT_ENABLED,
            VM_JIT_COVERS_MANAGEMENT_PORTS,
            VM_JIT_MAX_DURATION,
            VM_JIT_SOURCE_RESTRICTED,
            VM_JIT_BYPASSED);

    /** The JIT checks other than {@link #VM_JIT_ENABLED}: any failing one makes a VM's JIT status PARTIAL. */
    public static final List<String> JIT_QUALITY_CHECKS = List.of(
            VM_JIT_COVERS_MANAGEMENT_PORTS, VM_JIT_MAX_DURATION, VM_JIT_SOURCE_RESTRICTED, VM_JIT_BYPASSED);

    /** Management ports the expectations assume on top of 22, 3389, 5985 and 5986 (the product's setting). */
    public static final List<Integer> CUSTOM_MANAGEMENT_PORTS = List.of(2222);

    private CheckIds() {
    }
}
