package dev.portcullis.persistence.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One VM as last scanned, with what its page shows beyond the list: how the internet reaches it, its NICs, tags and
 * the JIT access requests its policy records for it.
 */
public record VmDetail(VmView vm, String subscriptionName, UUID tenantRef, Map<String, String> tags,
                       List<Exposure> exposures, List<Nic> networkInterfaces, Instant firstSeenAt,
                       Instant updatedAt, List<JitRequestView> jitRequests) {

    /**
     * One way the internet reaches a management port: the public IP and the rule that lets it in at one NSG on the
     * path ({@code nsgId} null when no NSG filters the path).
     */
    public record Exposure(int port, String publicIp, String nsgId, String nsgName, String ruleName, Integer priority,
                           boolean jitRule, String place, String path) {
    }

    /** A network interface with its NSG and its subnets' NSGs. */
    public record Nic(String id, String name, String nsgId, List<String> subnetNsgIds) {
    }

    /** One JIT access request for this VM: who asked, why, for which ports, from where, and until when. */
    public record JitRequestView(String requestor, String justification, String startTimeUtc,
                                 List<RequestedPort> ports) {
    }

    public record RequestedPort(int number, List<String> allowedSources, String endTimeUtc, String status) {
    }
}
