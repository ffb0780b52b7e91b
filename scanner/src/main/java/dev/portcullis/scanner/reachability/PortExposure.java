package dev.portcullis.scanner.reachability;

import java.util.List;

/**
 * A management port of a VM that some internet address can reach, through one IP configuration's public IP.
 *
 * @param reachable the internet addresses that get through every NSG on the path
 * @param grants    per NSG on the path (subnet first, then NIC), the rules that let those addresses in
 */
public record PortExposure(int port, String publicIp, String ipConfigurationName, Ipv4Set reachable,
                           List<Grant> grants) {

    public PortExposure {
        grants = List.copyOf(grants);
    }

    /** Reachable addresses that no JIT-managed rule gates on the way: JIT is bypassed for them. */
    public Ipv4Set outsideJit() {
        Ipv4Set gated = Ipv4Set.EMPTY;
        for (Grant grant : grants) {
            if (grant.jitRule()) {
                gated = gated.union(grant.addresses());
            }
        }
        return reachable.minus(gated);
    }

    /** The grants that let in any of {@code addresses}, for the detail. */
    public List<Grant> grantsFor(Ipv4Set addresses) {
        return grants.stream().filter(g -> !g.addresses().intersect(addresses).isEmpty()).toList();
    }

    public String describe(Ipv4Set addresses) {
        StringBuilder text = new StringBuilder("port ").append(port).append("/TCP reachable from ")
                .append(addresses.first()).append(addresses.size() > 1 ? " and more" : "")
                .append(" via public IP ").append(publicIp).append(" (").append(ipConfigurationName).append("): ");
        List<String> rules = grantsFor(addresses).stream().map(Grant::describe).toList();
        return text.append(String.join(" then ", rules)).toString();
    }
}
