package dev.portcullis.engine.inventory;

import java.util.List;

/** A Defender for Cloud JIT network access policy: one per resource group and location. */
public record JitPolicy(String id, String name, String resourceGroup, String location,
                        List<JitVirtualMachine> virtualMachines, List<JitRequest> requests) {

    public JitPolicy {
        virtualMachines = List.copyOf(virtualMachines);
        requests = List.copyOf(requests);
    }
}
