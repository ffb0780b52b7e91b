package dev.portcullis.persistence.query;

import dev.portcullis.persistence.inventory.VirtualMachineEntity.ExposureColumn;
import dev.portcullis.persistence.inventory.VirtualMachineEntity.NicColumn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One VM as last scanned, with what its page shows beyond the list: how the internet reaches it, its NICs, tags and
 * the JIT access requests its policy records for it.
 */
public record VmDetail(VmView vm, String subscriptionName, UUID tenantRef, Map<String, String> tags,
                       List<ExposureColumn> exposures, List<NicColumn> networkInterfaces, Instant firstSeenAt,
                       Instant updatedAt, List<JitRequestView> jitRequests) {

    /** One JIT access request for this VM: who asked, why, for which ports, from where, and until when. */
    public record JitRequestView(String requestor, String justification, String startTimeUtc,
                                 List<RequestedPort> ports) {
    }

    public record RequestedPort(int number, List<String> allowedSources, String endTimeUtc, String status) {
    }
}
