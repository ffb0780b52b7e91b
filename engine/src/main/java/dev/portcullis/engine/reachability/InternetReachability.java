package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which ports of a VM the internet reaches, as Azure evaluates inbound traffic: through every entrance of each IP
 * configuration (its public IP, load-balancer rules, firewall DNAT rules), then through the subnet's NSG and the
 * NIC's NSG, every NSG present having to allow. With no NSG at either level the entrance decides (Basic public IP
 * or load balancer: open; Standard: closed; firewall: open).
 */
public final class InternetReachability {

    /** What the engine evaluates, for details and pages. */
    public static final String PATHS_NOTE = "Paths evaluated: NIC public IPs, load balancers and Azure Firewall DNAT,"
            + " IPv4 and IPv6.";

    private final NetworkLookup network;
    private final LoadBalancerEntrances loadBalancers;
    private final FirewallEntrances firewalls;

    public InternetReachability(NetworkLookup network) {
        this.network = network;
        this.loadBalancers = new LoadBalancerEntrances(network);
        this.firewalls = new FirewallEntrances(network);
    }

    /** Every path by which some internet address reaches one of {@code ports} of the NICs. */
    public List<PortExposure> exposures(List<NetworkInterface> nics, Collection<Integer> ports, JitAccess jit) {
        List<PortExposure> exposures = new ArrayList<>();
        for (NetworkInterface nic : nics) {
            for (IpConfiguration ipc : nic.ipConfigurations()) {
                for (int port : ports) {
                    List<Entrance> entrances = new ArrayList<>(PublicIpEntrances.of(network, ipc, port));
                    entrances.addAll(loadBalancers.of(ipc, List.of(), port));
                    entrances.addAll(firewalls.of(ipc, port, jit));
                    Optional<NetworkSecurityGroup> nicNsg = Optional.ofNullable(nic.networkSecurityGroupId())
                            .flatMap(network::nsg);
                    for (Entrance entrance : entrances) {
                        through(subnetNsg(ipc), nicNsg, entrance, jit).ifPresent(exposures::add);
                    }
                }
            }
        }
        return exposures;
    }

    /**
     * Paths into a scale set's instances, from its network profile: each IP configuration profile with its public
     * IP (per instance), pools and NAT pools, behind the profile's NSG and the subnet's.
     */
    public List<PortExposure> scaleSetExposures(String nsgId, IpConfiguration profile, boolean publicIpPerInstance,
                                                boolean publicIpStandard, List<String> natPoolIds,
                                                Collection<Integer> ports) {
        List<PortExposure> exposures = new ArrayList<>();
        Optional<NetworkSecurityGroup> nsg = Optional.ofNullable(nsgId).flatMap(network::nsg);
        for (int port : ports) {
            List<Entrance> entrances = new ArrayList<>(loadBalancers.of(profile, natPoolIds, port));
            if (publicIpPerInstance) {
                entrances.add(PublicIpEntrances.entrance("a public IP per instance", AddressSet.INTERNET,
                        publicIpStandard, profile, port));
            }
            for (Entrance entrance : entrances) {
                through(subnetNsg(profile), nsg, entrance, JitAccess.NONE).ifPresent(exposures::add);
            }
        }
        return exposures;
    }

    private Optional<NetworkSecurityGroup> subnetNsg(IpConfiguration ipc) {
        return network.subnet(ipc.subnetId()).flatMap(s -> Optional.ofNullable(s.networkSecurityGroupId()))
                .flatMap(network::nsg);
    }

    /** The entrance's traffic through the subnet's NSG, then the NIC's. */
    private static Optional<PortExposure> through(Optional<NetworkSecurityGroup> subnetNsg,
                                                  Optional<NetworkSecurityGroup> nicNsg, Entrance entrance,
                                                  JitAccess jit) {
        List<Grant> grants = new ArrayList<>(entrance.front());
        AddressSet clients = entrance.clients();
        if (subnetNsg.isEmpty() && nicNsg.isEmpty()) {
            if (!entrance.openWithoutNsg()) {
                return Optional.empty();
            }
            grants.add(Grant.noNsg(entrance.whyOpenWithoutNsg(), clients));
            return Optional.of(new PortExposure(entrance.backendPort(), entrance.entry(), clients, grants));
        }
        AddressSet admitted = entrance.nsgSources();
        for (Optional<NetworkSecurityGroup> nsg : List.of(subnetNsg, nicNsg)) {
            if (nsg.isEmpty()) {
                continue;
            }
            List<Grant> allowed = NsgEvaluator.admitted(nsg.get(), entrance.backendPort(), entrance.destination(),
                    entrance.nsgSources(), jit);
            admitted = admitted.intersect(allowed.stream().map(Grant::addresses)
                    .reduce(AddressSet.EMPTY, AddressSet::union));
            grants.addAll(allowed);
        }
        if (admitted.isEmpty()) {
            return Optional.empty();
        }
        AddressSet reachable = entrance.clientsSeenByNsgs() ? admitted : clients;
        AddressSet seen = admitted;
        List<Grant> deciding = grants.stream()
                .filter(g -> g.place() == Grant.Place.FIREWALL || !g.addresses().intersect(seen).isEmpty())
                .toList();
        return Optional.of(new PortExposure(entrance.backendPort(), entrance.entry(), reachable, deciding));
    }
}
