package dev.portcullis.engine.reachability;

import java.util.List;

/**
 * A management port of a VM that some internet address can reach, through one path.
 *
 * @param entry     where the path enters (public IP, load balancer, firewall DNAT)
 * @param reachable the internet addresses that get through every step of the path
 * @param grants    the deciding rule at each step: a firewall's DNAT rule, then per NSG on the path (subnet first,
 *                  then NIC) the rules that let the traffic in
 */
public record PortExposure(int port, Entry entry, AddressSet reachable, List<Grant> grants) {

    public PortExposure {
        grants = List.copyOf(grants);
    }

    /** The entry address (public IP of the NIC, the load balancer's frontend or the firewall). */
    public String publicIp() {
        return entry.address();
    }

    /** Reachable addresses that no running JIT request's grant lets in: JIT is bypassed, the port exposed. */
    public AddressSet outsideJit() {
        AddressSet throughJit = AddressSet.EMPTY;
        for (Grant grant : grants) {
            if (grant.throughJit()) {
                throughJit = throughJit.union(grant.addresses());
            }
        }
        return reachable.minus(throughJit);
    }

    /**
     * The grants that let in any of {@code addresses}, for the detail; NSG grants for the firewall's own address
     * (after DNAT) always belong to the path.
     */
    public List<Grant> grantsFor(AddressSet addresses) {
        return grants.stream().filter(g -> !g.addresses().intersect(addresses).isEmpty()
                || g.addresses().intersect(AddressSet.INTERNET).isEmpty()).toList();
    }

    public String describe(AddressSet addresses) {
        StringBuilder text = new StringBuilder("port ").append(port).append("/TCP reachable from ")
                .append(addresses.first()).append(addresses.isSingleAddress() ? "" : " and more").append(' ')
                .append(entry.describe()).append(": ");
        List<String> rules = grantsFor(addresses).stream().map(Grant::describe).toList();
        return text.append(String.join(" then ", rules)).toString();
    }
}
