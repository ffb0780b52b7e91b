package dev.portcullis.engine.remediation;

import java.util.List;

/** A JIT policy as written by a PUT: every VM of the policy with its port rules. */
public record JitPolicySpec(String subscriptionId, String resourceGroup, String location, String name,
                            List<VmEntry> virtualMachines) {

    public JitPolicySpec {
        virtualMachines = List.copyOf(virtualMachines);
    }

    public String resourceId() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Security/locations/" + location + "/jitNetworkAccessPolicies/" + name;
    }

    /** {@link #resourceId()} as a URL path: each name percent-encoded into exactly one segment. */
    public String urlPath() {
        return "/subscriptions/" + ScriptText.urlPathSegment(subscriptionId) + "/resourceGroups/"
                + ScriptText.urlPathSegment(resourceGroup) + "/providers/Microsoft.Security/locations/"
                + ScriptText.urlPathSegment(location) + "/jitNetworkAccessPolicies/" + ScriptText.urlPathSegment(name);
    }

    /**
     * A VM entry of the policy. {@code publicIpAddress}: the linked firewall's public IP for a VM behind Azure
     * Firewall (writable in the specification, kept by the merge-safe PUT), else null.
     */
    public record VmEntry(String id, List<Port> ports, String publicIpAddress) {
        public VmEntry {
            ports = List.copyOf(ports);
        }

        /** An entry without a firewall. */
        public VmEntry(String id, List<Port> ports) {
            this(id, ports, null);
        }
    }

    /**
     * A port rule. One source is written as {@code allowedSourceAddressPrefix} (a string), several as
     * {@code allowedSourceAddressPrefixes} (a list): ARM takes one or the other.
     */
    public record Port(int number, String protocol, List<String> sources, String maxRequestAccessDuration) {
        public Port {
            sources = List.copyOf(sources);
        }
    }
}
