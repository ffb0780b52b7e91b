package dev.portcullis.engine.inventory;

import java.util.List;

/** A virtual network and its subnets. */
public record VirtualNetwork(String id, String name, List<Subnet> subnets) {

    public VirtualNetwork {
        subnets = List.copyOf(subnets);
    }
}
