package dev.portcullis.engine.reachability;

import dev.portcullis.engine.inventory.AzureFirewall;
import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.JitRequest;
import dev.portcullis.engine.inventory.LoadBalancer;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.testing.Rules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One VM's NIC in a small network, for path tests: {@code Site.vm().nicNsg(rules).behind(lb)...evaluate(22)}. The
 * NIC has one IP configuration with private address {@value #PRIVATE_IP} and no public IP unless given one.
 */
final class Site {

    static final String RG = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/";
    static final String VM_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm";
    static final String IPC_ID = RG + "networkInterfaces/nic/ipConfigurations/ipconfig1";
    static final String SUBNET_ID = RG + "virtualNetworks/vnet/subnets/web";
    static final String PRIVATE_IP = "10.0.1.4";
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final TestNetwork network = new TestNetwork();
    private final List<JitRequest> requests = new ArrayList<>();
    private String nicNsgId;
    private String publicIpId;
    private String privateIp = PRIVATE_IP;
    private List<String> pools = List.of();
    private List<String> natRules = List.of();

    private Site() {
        network.with(new Subnet(SUBNET_ID, "web", List.of("10.0.1.0/24"), null));
    }

    static Site vm() {
        return new Site();
    }

    /** An NSG on the NIC with these rules and the three defaults. */
    Site nicNsg(Rules.Rule... rules) {
        List<SecurityRule> all = new ArrayList<>(List.of(rules).stream().map(Rules.Rule::build).toList());
        all.addAll(Rules.defaults());
        network.with(new NetworkSecurityGroup(RG + "networkSecurityGroups/nsg-nic", "nsg-nic", all));
        nicNsgId = RG + "networkSecurityGroups/nsg-nic";
        return this;
    }

    Site publicIp(String address, PublicIpAddress.Sku sku) {
        publicIpId = RG + "publicIPAddresses/pip-vm";
        network.with(new PublicIpAddress(publicIpId, "pip-vm", address, sku, IPC_ID));
        return this;
    }

    Site privateIp(String address) {
        privateIp = address;
        return this;
    }

    /** The IP configuration's own list of backend pools (the NIC side of membership). */
    Site inPools(String... poolIds) {
        pools = List.of(poolIds);
        return this;
    }

    /** The IP configuration's own list of classic inbound NAT rules. */
    Site inNatRules(String... ruleIds) {
        natRules = List.of(ruleIds);
        return this;
    }

    Site with(LoadBalancer lb) {
        network.with(lb);
        return this;
    }

    Site with(PublicIpAddress publicIp) {
        network.with(publicIp);
        return this;
    }

    Site with(AzureFirewall firewall) {
        network.with(firewall);
        return this;
    }

    Site with(FirewallPolicy policy) {
        network.with(policy);
        return this;
    }

    Site request(String vmId, int port, String source, String end, String status) {
        requests.add(new JitRequest("carol@contoso.com", "INC-2231", "2026-11-29T11:00:00Z", List.of(
                new JitRequest.RequestedVm(vmId, List.of(new JitRequest.RequestedPort(port, List.of(source), end, status,
                        null, null))))));
        return this;
    }

    /** A running request for this VM: Initiated, ending an hour after {@link #NOW}. */
    Site running(int port, String source) {
        return request(VM_ID, port, source, "2026-11-29T13:00:00.0000000Z", "Initiated");
    }

    List<PortExposure> evaluate(int port) {
        NetworkInterface nic = new NetworkInterface(RG + "networkInterfaces/nic", "nic", VM_ID, nicNsgId, List.of(
                new IpConfiguration(IPC_ID, "ipconfig1", privateIp, SUBNET_ID, publicIpId, List.of(), pools,
                        natRules)));
        return new InternetReachability(network).exposures(List.of(nic), Set.of(port),
                JitAccess.of(VM_ID, requests, NOW));
    }

    // --- resources ---------------------------------------------------------------------------------------------

    static PublicIpAddress publicIpResource(String name, String address) {
        return new PublicIpAddress(RG + "publicIPAddresses/" + name, name, address, PublicIpAddress.Sku.STANDARD, null);
    }

    /** A load balancer {@code lb-web} with one frontend (public when {@code publicIpId} is given) and pool {@code pool}. */
    static LoadBalancerDraft lb(LoadBalancer.Sku sku, String publicIpId) {
        return new LoadBalancerDraft(sku, publicIpId);
    }

    static final class LoadBalancerDraft {
        static final String ID = RG + "loadBalancers/lb-web";
        static final String FRONTEND = ID + "/frontendIPConfigurations/fe";
        static final String POOL = ID + "/backendAddressPools/pool";
        private final LoadBalancer.Sku sku;
        private final String publicIpId;
        private final List<LoadBalancer.NatRule> natRules = new ArrayList<>();
        private final List<LoadBalancer.BalancingRule> rules = new ArrayList<>();
        private List<String> poolMembers = List.of();
        private List<String> poolAddresses = List.of();

        LoadBalancerDraft(LoadBalancer.Sku sku, String publicIpId) {
            this.sku = sku;
            this.publicIpId = publicIpId;
        }

        LoadBalancerDraft poolMembers(String... ipConfigurationIds) {
            poolMembers = List.of(ipConfigurationIds);
            return this;
        }

        LoadBalancerDraft poolAddresses(String... addresses) {
            poolAddresses = List.of(addresses);
            return this;
        }

        LoadBalancerDraft classicNat(String name, String protocol, int frontendPort, Integer backendPort,
                                     String backendIpc) {
            natRules.add(new LoadBalancer.NatRule(ID + "/inboundNatRules/" + name, name, FRONTEND, protocol,
                    frontendPort, null, null, backendPort, backendIpc, null, false, false));
            return this;
        }

        LoadBalancerDraft natV2(String name, int start, int end, int backendPort) {
            natRules.add(new LoadBalancer.NatRule(ID + "/inboundNatRules/" + name, name, FRONTEND, "Tcp", null,
                    start, end, backendPort, null, POOL, false, false));
            return this;
        }

        LoadBalancerDraft rule(String name, String protocol, Integer frontendPort, Integer backendPort,
                               boolean floatingIp) {
            return rule(name, FRONTEND, protocol, frontendPort, backendPort, floatingIp);
        }

        LoadBalancerDraft rule(String name, String frontendId, String protocol, Integer frontendPort,
                               Integer backendPort, boolean floatingIp) {
            rules.add(new LoadBalancer.BalancingRule(ID + "/loadBalancingRules/" + name, name, frontendId, protocol,
                    frontendPort, backendPort, List.of(POOL), floatingIp));
            return this;
        }

        LoadBalancer build() {
            return new LoadBalancer(ID, "lb-web", sku, List.of(new LoadBalancer.Frontend(FRONTEND, "fe", publicIpId,
                    publicIpId == null ? "10.0.1.100" : null)), List.of(new LoadBalancer.BackendPool(POOL, "pool",
                    poolMembers, poolAddresses)), natRules, rules);
        }
    }

    static final String FIREWALL_ID = RG + "azureFirewalls/fw-hub";
    static final String FIREWALL_IP = "10.0.0.4";

    /** Firewall {@code fw-hub} (private address {@value #FIREWALL_IP}) with these classic DNAT rules. */
    static AzureFirewall firewall(String policyId, DnatRule... rules) {
        return new AzureFirewall(FIREWALL_ID, "fw-hub", List.of(RG + "publicIPAddresses/pip-fw"), List.of(FIREWALL_IP),
                policyId, List.of(rules));
    }

    /** A DNAT rule from {@code sources} on the firewall's 52.0.0.10:{@code 50022} to this VM's {@code port}. */
    static DnatRule dnat(String collection, String name, String port, String... sources) {
        return new DnatRule(collection, name, 200, List.of("TCP"), List.of(sources), List.of(), List.of("52.0.0.10"),
                List.of("50022"), PRIVATE_IP, port);
    }
}
