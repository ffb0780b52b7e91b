package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A network for engine tests: resources added one by one, looked up like the inventory index does. */
final class TestNetwork implements NetworkLookup {

    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, NetworkSecurityGroup> nsgs = new HashMap<>();
    private final Map<String, PublicIpAddress> publicIps = new HashMap<>();
    private final Map<String, FirewallPolicy> policies = new HashMap<>();
    private final List<LoadBalancer> loadBalancers = new ArrayList<>();
    private final List<AzureFirewall> firewalls = new ArrayList<>();

    TestNetwork with(Subnet subnet) {
        subnets.put(ArmIds.key(subnet.id()), subnet);
        return this;
    }

    TestNetwork with(NetworkSecurityGroup nsg) {
        nsgs.put(ArmIds.key(nsg.id()), nsg);
        return this;
    }

    TestNetwork with(PublicIpAddress publicIp) {
        publicIps.put(ArmIds.key(publicIp.id()), publicIp);
        return this;
    }

    TestNetwork with(LoadBalancer lb) {
        loadBalancers.add(lb);
        return this;
    }

    TestNetwork with(AzureFirewall firewall) {
        firewalls.add(firewall);
        return this;
    }

    TestNetwork with(FirewallPolicy policy) {
        policies.put(ArmIds.key(policy.id()), policy);
        return this;
    }

    @Override
    public Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(id).map(i -> subnets.get(ArmIds.key(i)));
    }

    @Override
    public Optional<NetworkSecurityGroup> nsg(String id) {
        return Optional.ofNullable(id).map(i -> nsgs.get(ArmIds.key(i)));
    }

    @Override
    public Optional<PublicIpAddress> publicIp(String id) {
        return Optional.ofNullable(id).map(i -> publicIps.get(ArmIds.key(i)));
    }

    @Override
    public List<LoadBalancer> loadBalancers() {
        return loadBalancers;
    }

    @Override
    public List<AzureFirewall> azureFirewalls() {
        return firewalls;
    }

    @Override
    public Optional<FirewallPolicy> firewallPolicy(String id) {
        return Optional.ofNullable(id).map(i -> policies.get(ArmIds.key(i)));
    }
}
