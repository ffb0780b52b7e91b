package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.PublicIpAddress;
import java.util.List;
import java.util.Optional;

/**
 * The public IP on an IP configuration: the internet of its family reaches the private address behind it. With no
 * NSG a Basic public IP is open and a Standard one closed; an unlisted public IP is of unknown SKU and family, so it
 * is taken as open to both families (unknown leans to exposure).
 */
final class PublicIpEntrances {

    private PublicIpEntrances() {
    }

    /** The address to print for a public IP: its address, else its name (an unallocated dynamic one). */
    static Optional<String> display(Optional<PublicIpAddress> publicIp) {
        return publicIp.map(ip -> ip.ipAddress() != null ? ip.ipAddress() : ip.name());
    }

    /** Who can reach a public IP: the internet of its family, or of both when the public IP is not listed. */
    static AddressSet clients(Optional<PublicIpAddress> publicIp) {
        return publicIp.map(ip -> ip.ipv6() ? AddressSet.INTERNET_IPV6 : AddressSet.INTERNET_IPV4)
                .orElse(AddressSet.INTERNET);
    }

    static List<Entrance> of(NetworkLookup network, IpConfiguration ipc, int port) {
        if (ipc.publicIpAddressId() == null) {
            return List.of();
        }
        Optional<PublicIpAddress> publicIp = network.publicIp(ipc.publicIpAddressId());
        String address = display(publicIp).orElse(ipc.publicIpAddressId());
        AddressSet clients = clients(publicIp);
        boolean standard = publicIp.map(ip -> ip.sku() == PublicIpAddress.Sku.STANDARD).orElse(false);
        return List.of(entrance(address, clients, standard, ipc, port));
    }

    /**
     * The entrance through a public IP at {@code address} (a NIC's, or a scale set's per-instance one) to the
     * configuration's private address.
     */
    static Entrance entrance(String address, AddressSet clients, boolean standard, IpConfiguration ipc, int port) {
        return new Entrance(new Entry(Entry.Kind.PUBLIC_IP, address, null, String.valueOf(port), null, port,
                ipc.name()), new Destination(ipc.privateIpAddress(), ipc.applicationSecurityGroupIds()), clients,
                clients, !standard, "no NSG on the NIC or its subnet, and a Basic SKU public IP is open to inbound"
                + " traffic", List.of());
    }
}
