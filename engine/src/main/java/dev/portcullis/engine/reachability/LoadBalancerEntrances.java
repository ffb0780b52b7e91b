package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.LoadBalancer.BackendPool;
import dev.portcullis.engine.inventory.LoadBalancer.BalancingRule;
import dev.portcullis.engine.inventory.LoadBalancer.Frontend;
import dev.portcullis.engine.inventory.LoadBalancer.NatRule;
import dev.portcullis.engine.inventory.PublicIpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Load-balancer paths into an IP configuration's port: classic inbound NAT rules (one frontend port to the backend
 * port of one configuration), NAT rules v2 (a frontend port range to the backend port of every pool member),
 * load-balancing rules (a frontend port to the backend port of every member of its pools) and scale sets' NAT pools.
 * Only a frontend with a public IP is an internet entry; HA-ports rules (protocol All, ports 0) exist only on
 * internal load balancers. A load balancer keeps the client's address, so the NSGs see it, at the backend port and
 * the backend's private IP, or with floating IP the frontend's IP. With no NSG a Standard load balancer's backend is
 * closed, a Basic one's open. Unknowns lean to exposure: a rule without a backend port or with an unknown protocol
 * counts, a frontend that is not in the load balancer counts as public.
 *
 * <p>Membership comes from both sides (the pool's back-references, the configuration's own list) and from pools
 * defined by address; it is indexed once per inventory, so a path costs the rules that concern the configuration,
 * not every rule of every load balancer.
 */
final class LoadBalancerEntrances {

    private final NetworkLookup network;
    private final Map<String, Set<String>> poolsByIpConfiguration = new HashMap<>();
    private final Map<String, Set<String>> poolsByAddress = new HashMap<>();
    private final Map<String, List<Forwarding>> byPool = new HashMap<>();
    private final Map<String, List<Forwarding>> classicByIpConfiguration = new HashMap<>();
    private final Map<String, Forwarding> natById = new HashMap<>();

    /** A forwarding rule and its load balancer. */
    private record Forwarding(LoadBalancer lb, String frontendId, String protocol, Integer backendPort,
                              String frontendPorts, String forwardedBy, boolean floatingIp) {
    }

    LoadBalancerEntrances(NetworkLookup network) {
        this.network = network;
        for (LoadBalancer lb : network.loadBalancers()) {
            if (lb.sku() == LoadBalancer.Sku.GATEWAY) {
                continue;
            }
            for (BackendPool pool : lb.pools()) {
                pool.ipConfigurationIds().forEach(ipc -> add(poolsByIpConfiguration, ipc, pool.id()));
                pool.addresses().forEach(address -> poolsByAddress.computeIfAbsent(address.trim(),
                        k -> new LinkedHashSet<>()).add(ArmIds.key(pool.id())));
            }
            lb.natRules().forEach(rule -> index(lb, rule));
            for (BalancingRule rule : lb.rules()) {
                boolean haPorts = zero(rule.frontendPort()) && zero(rule.backendPort())
                        && "all".equalsIgnoreCase(rule.protocol());
                if (!haPorts) {
                    Forwarding forwarding = new Forwarding(lb, rule.frontendId(), rule.protocol(), rule.backendPort(),
                            String.valueOf(rule.frontendPort()), "load-balancing rule " + rule.name(),
                            rule.floatingIp());
                    rule.poolIds().forEach(pool -> byPool.computeIfAbsent(ArmIds.key(pool), k -> new ArrayList<>())
                            .add(forwarding));
                }
            }
        }
    }

    private void index(LoadBalancer lb, NatRule rule) {
        boolean ranged = rule.frontendPortRangeStart() != null;
        Forwarding forwarding = new Forwarding(lb, rule.frontendId(), rule.protocol(), rule.backendPort(),
                ranged ? rule.frontendPortRangeStart() + "-" + rule.frontendPortRangeEnd()
                        : String.valueOf(rule.frontendPort()),
                (rule.scaleSetPool() ? "inbound NAT pool " : "inbound NAT rule ") + rule.name(), rule.floatingIp());
        if (rule.scaleSetPool() || rule.backendPoolId() == null) {
            natById.put(ArmIds.key(rule.id()), forwarding);
            if (rule.backendIpConfigurationId() != null) {
                classicByIpConfiguration.computeIfAbsent(ArmIds.key(rule.backendIpConfigurationId()),
                        k -> new ArrayList<>()).add(forwarding);
            }
        } else {
            byPool.computeIfAbsent(ArmIds.key(rule.backendPoolId()), k -> new ArrayList<>()).add(forwarding);
        }
    }

    private static void add(Map<String, Set<String>> index, String key, String value) {
        index.computeIfAbsent(ArmIds.key(key), k -> new LinkedHashSet<>()).add(ArmIds.key(value));
    }

    /**
     * Every load-balancer path to {@code port} of the configuration; {@code natPoolIds} are the NAT pools a scale
     * set's profile names (empty for a VM's NIC).
     */
    List<Entrance> of(IpConfiguration ipc, List<String> natPoolIds, int port) {
        Set<Forwarding> forwardings = new LinkedHashSet<>();
        Set<String> pools = new LinkedHashSet<>();
        ipc.loadBalancerBackendPoolIds().forEach(id -> pools.add(ArmIds.key(id)));
        if (ipc.id() != null) {
            pools.addAll(poolsByIpConfiguration.getOrDefault(ArmIds.key(ipc.id()), Set.of()));
            forwardings.addAll(classicByIpConfiguration.getOrDefault(ArmIds.key(ipc.id()), List.of()));
        }
        if (ipc.privateIpAddress() != null) {
            pools.addAll(poolsByAddress.getOrDefault(ipc.privateIpAddress(), Set.of()));
        }
        pools.forEach(pool -> forwardings.addAll(byPool.getOrDefault(pool, List.of())));
        ipc.loadBalancerInboundNatRuleIds().forEach(id -> Optional.ofNullable(natById.get(ArmIds.key(id)))
                .ifPresent(forwardings::add));
        natPoolIds.forEach(id -> Optional.ofNullable(natById.get(ArmIds.key(id))).ifPresent(forwardings::add));
        List<Entrance> entrances = new ArrayList<>();
        for (Forwarding forwarding : forwardings) {
            if (forwards(forwarding.protocol(), forwarding.backendPort(), port)) {
                entrance(forwarding, ipc, port).ifPresent(entrances::add);
            }
        }
        return entrances;
    }

    private Optional<Entrance> entrance(Forwarding forwarding, IpConfiguration ipc, int port) {
        LoadBalancer lb = forwarding.lb();
        Optional<Frontend> frontend = lb.frontends().stream()
                .filter(f -> f.id() != null && forwarding.frontendId() != null
                        && ArmIds.key(f.id()).equals(ArmIds.key(forwarding.frontendId())))
                .findFirst();
        if (frontend.isPresent() && frontend.get().publicIpAddressId() == null) {
            return Optional.empty();
        }
        Optional<PublicIpAddress> publicIp = frontend.flatMap(f -> network.publicIp(f.publicIpAddressId()));
        String address = PublicIpEntrances.display(publicIp)
                .orElse(frontend.map(Frontend::publicIpAddressId).orElse(String.valueOf(forwarding.frontendId())));
        AddressSet clients = PublicIpEntrances.clients(publicIp);
        String frontendAddress = publicIp.map(PublicIpAddress::ipAddress).orElse(null);
        return Optional.of(new Entrance(new Entry(Entry.Kind.LOAD_BALANCER, address, lb.name(),
                forwarding.frontendPorts(), forwarding.forwardedBy() + (forwarding.floatingIp() ? ", floating IP" : ""),
                port, ipc.name()), forwarding.floatingIp() ? Destination.floating(ipc.privateIpAddress(),
                frontendAddress, ipc.applicationSecurityGroupIds())
                : new Destination(ipc.privateIpAddress(), ipc.applicationSecurityGroupIds()), clients, clients,
                lb.sku() == LoadBalancer.Sku.BASIC,
                "no NSG on the NIC or its subnet, and a Basic load balancer forwards to it unfiltered", List.of()));
    }

    /** A TCP-capable rule ({@code Tcp}, {@code All} or unknown; not {@code Udp}) whose backend port is the port. */
    private static boolean forwards(String protocol, Integer backendPort, int port) {
        boolean udp = protocol != null && protocol.trim().toLowerCase(Locale.ROOT).equals("udp");
        return !udp && (zero(backendPort) || backendPort == port);
    }

    private static boolean zero(Integer port) {
        return port == null || port == 0;
    }
}
