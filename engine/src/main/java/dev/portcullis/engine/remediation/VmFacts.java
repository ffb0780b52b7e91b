package dev.portcullis.engine.remediation;

import dev.portcullis.engine.vocabulary.OsType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What remediation needs to know about one VM, as of the last successful scan. {@code subjects}: per open check, what
 * its failure named to fix ({@code CheckResult.subjects}).
 */
public record VmFacts(String subscriptionId, String armEndpoint, String vmId, String vmName, String resourceGroup,
                      String location, OsType osType, Optional<JitPolicySpec> policy, List<Exposure> exposures,
                      List<Nic> nics, Map<String, List<Map<String, String>>> subjects) {

    public VmFacts {
        exposures = List.copyOf(exposures);
        nics = List.copyOf(nics);
        subjects = Map.copyOf(subjects);
    }

    /** The facts of a VM whose open checks name no subjects. */
    public VmFacts(String subscriptionId, String armEndpoint, String vmId, String vmName, String resourceGroup,
                   String location, OsType osType, Optional<JitPolicySpec> policy, List<Exposure> exposures,
                   List<Nic> nics) {
        this(subscriptionId, armEndpoint, vmId, vmName, resourceGroup, location, osType, policy, exposures, nics,
                Map.of());
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
