package dev.portcullis.engine.inventory;

import java.util.List;

/** One access request recorded in a JIT policy's {@code requests[]}. */
public record JitRequest(String requestor, String justification, String startTimeUtc, List<RequestedVm> virtualMachines) {

    public JitRequest {
        virtualMachines = List.copyOf(virtualMachines);
    }

    public record RequestedVm(String id, List<RequestedPort> ports) {
        public RequestedVm {
            ports = List.copyOf(ports);
        }
    }

    /** {@code mappedPort}: the firewall's public port for VMs behind Azure Firewall, else null. */
    public record RequestedPort(int number, List<String> allowedSources, String endTimeUtc, String status,
                                String statusReason, Integer mappedPort) {
        public RequestedPort {
            allowedSources = List.copyOf(allowedSources);
        }
    }
}
