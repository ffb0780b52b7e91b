package dev.portcullis.persistence.query;

import java.util.List;
import java.util.UUID;

/**
 * A VM of the current inventory with its JIT posture. {@code exposedPorts} is null while internet exposure is not
 * evaluated, which is not the same as none exposed.
 */
public record VmView(String resourceId, String name, String resourceGroup, String location, UUID subscriptionId,
                     String osType, List<String> publicIps, String jitStatus, List<Integer> exposedPorts,
                     List<JitPortView> jitPorts, long openFindings) {

    public record JitPortView(int number, String protocol, List<String> allowedSources,
                              String maxRequestAccessDuration) {
    }
}
