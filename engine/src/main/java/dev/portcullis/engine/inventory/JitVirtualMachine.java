package dev.portcullis.engine.inventory;

import java.util.List;

/**
 * A VM inside a JIT policy, with the port rules JIT manages for it and, for a VM behind Azure Firewall, the
 * firewall's public IP address the policy is linked to ({@code publicIpAddress}, else null).
 */
public record JitVirtualMachine(String id, List<JitPort> ports, String publicIpAddress) {

    public JitVirtualMachine {
        ports = List.copyOf(ports);
    }

    /** A VM entry without a firewall. */
    public JitVirtualMachine(String id, List<JitPort> ports) {
        this(id, ports, null);
    }
}
