package dev.portcullis.scanner.reachability;

import dev.portcullis.scanner.inventory.IpConfiguration;
import dev.portcullis.scanner.inventory.NetworkInterface;
import dev.portcullis.scanner.inventory.NetworkSecurityGroup;
import dev.portcullis.scanner.inventory.PublicIpAddress;
import dev.portcullis.scanner.inventory.Subnet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which ports of a VM the internet reaches, as Azure evaluates inbound traffic: only through an IP configuration
 * with a public IP; through the subnet's NSG, then the NIC's NSG, every NSG present having to allow; with no NSG at
 * either level a Basic public IP is open and a Standard one closed. Load-balancer inbound NAT rules are not
 * evaluated.
 */
public final class InternetReachability {

    public static final String LOAD_BALANCER_NOTE = "Load-balancer inbound NAT rules are not evaluated.";

    private final Function<String, Optional<Subnet>> subnets;
    private final Function<String, Optional<NetworkSecurityGroup>> nsgs;
    private final Function<String, Optional<PublicIpAddress>> publicIps;

    public InternetReachability(Function<String, Optional<Subnet>> subnets,
                                Function<String, Optional<NetworkSecurityGroup>> nsgs,
                                Function<String, Optional<PublicIpAddress>> publicIps) {
        this.subnets = subnets;
        this.nsgs = nsgs;
        this.publicIps = publicIps;
    }

    /** Every (port, public IP) path by which some internet address reaches one of {@code ports}. */
    public List<PortExposure> exposures(List<NetworkInterface> nics, Collection<Integer> ports) {
        List<PortExposure> exposures = new ArrayList<>();
        for (NetworkInterface nic : nics) {
            for (IpConfiguration ipc : nic.ipConfigurations()) {
                if (ipc.publicIpAddressId() == null) {
                    continue;
                }
                Optional<PublicIpAddress> publicIp = publicIps.apply(ipc.publicIpAddressId());
                for (int port : ports) {
                    path(nic, ipc, publicIp, port).ifPresent(exposures::add);
                }
            }
        }
        return exposures;
    }

    private Optional<PortExposure> path(NetworkInterface nic, IpConfiguration ipc, Optional<PublicIpAddress> publicIp,
                                        int port) {
        Optional<NetworkSecurityGroup> subnetNsg = subnets.apply(ipc.subnetId())
                .flatMap(s -> Optional.ofNullable(s.networkSecurityGroupId())).flatMap(nsgs);
        Optional<NetworkSecurityGroup> nicNsg = Optional.ofNullable(nic.networkSecurityGroupId()).flatMap(nsgs);
        String address = publicIp.map(ip -> ip.ipAddress() != null ? ip.ipAddress() : ip.name())
                .orElse(ipc.publicIpAddressId());
        if (subnetNsg.isEmpty() && nicNsg.isEmpty()) {
            // An unlisted public IP is of unknown SKU: take the open (Basic) behaviour rather than assume safety.
            boolean standard = publicIp.map(ip -> ip.sku() == PublicIpAddress.Sku.STANDARD).orElse(false);
            if (standard) {
                return Optional.empty();
            }
            Grant open = new Grant(null, null, "no NSG on the NIC or its subnet, and a Basic SKU public IP is open to"
                    + " inbound traffic", 0, "*", Ipv4Set.INTERNET, false);
            return Optional.of(new PortExposure(port, address, ipc.name(), Ipv4Set.INTERNET, List.of(open)));
        }
        Ipv4Set reachable = Ipv4Set.INTERNET;
        List<Grant> grants = new ArrayList<>();
        for (Optional<NetworkSecurityGroup> nsg : List.of(subnetNsg, nicNsg)) {
            if (nsg.isEmpty()) {
                continue;
            }
            List<Grant> allowed = NsgEvaluator.allowedFromInternet(nsg.get(), port, ipc);
            Ipv4Set through = allowed.stream().map(Grant::addresses).reduce(Ipv4Set.EMPTY, Ipv4Set::union);
            reachable = reachable.intersect(through);
            grants.addAll(allowed);
        }
        if (reachable.isEmpty()) {
            return Optional.empty();
        }
        Ipv4Set finalReachable = reachable;
        List<Grant> deciding = grants.stream().filter(g -> !g.addresses().intersect(finalReachable).isEmpty())
                .toList();
        return Optional.of(new PortExposure(port, address, ipc.name(), reachable, deciding));
    }
}
