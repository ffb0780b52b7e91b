package dev.portcullis.engine.reachability;

import java.util.List;

/**
 * One way into an IP configuration's port before its NSGs: where it enters, the backend port and destination the
 * NSGs see, who can use it ({@code clients}), the source address the NSGs see ({@code nsgSources}: the clients
 * themselves, or the firewall's own address after DNAT), whether it is open when no NSG filters it, and the steps
 * already decided before the NSGs ({@code front}: a firewall's DNAT rule).
 */
record Entrance(Entry entry, Destination destination, AddressSet clients, AddressSet nsgSources,
                boolean openWithoutNsg, String whyOpenWithoutNsg, List<Grant> front) {

    Entrance {
        front = List.copyOf(front);
    }

    int backendPort() {
        return entry.backendPort();
    }

    /** The NSGs see the clients' own addresses (public IPs, load balancers), not a translated source. */
    boolean clientsSeenByNsgs() {
        return clients.equals(nsgSources);
    }
}
