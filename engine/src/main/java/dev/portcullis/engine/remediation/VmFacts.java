package dev.portcullis.engine.remediation;

import dev.portcullis.engine.vocabulary.OsType;
import java.util.List;
import java.util.Optional;

/** What remediation needs to know about one VM, as of the last successful scan. */
public record VmFacts(String subscriptionId, String armEndpoint, String vmId, String vmName, String resourceGroup,
                      String location, OsType osType, Optional<JitPolicySpec> policy, List<Exposure> exposures,
                      List<Nic> nics) {

    public VmFacts {
        exposures = List.copyOf(exposures);
        nics = List.copyOf(nics);
    }

    /**
     * A rule that lets the internet reach a port: {@code place} NSG (an NSG rule), FIREWALL ({@code nsgId} and
     * {@code nsgName} are then the firewall's, the rule a DNAT rule) or NO_NSG (the lack of any NSG); {@code path}
     * says how the internet enters (public IP, load-balancer rule, firewall DNAT). {@code jitRule}: named like JIT's
     * rules without a running request proving it.
     */
    public record Exposure(int port, String publicIp, String nsgId, String nsgName, String ruleName, Integer priority,
                           boolean jitRule, String place, String path) {
    }

    /** A NIC with its own NSG and its subnets' NSGs. */
    public record Nic(String id, String name, String nsgId, List<String> subnetNsgIds) {
        public Nic {
            subnetNsgIds = List.copyOf(subnetNsgIds);
        }

        public boolean unfiltered() {
            return nsgId == null && subnetNsgIds.isEmpty();
        }
    }
}
