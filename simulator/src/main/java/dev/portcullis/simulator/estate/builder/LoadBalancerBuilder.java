package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer ({@code Microsoft.Network/loadBalancers}): frontends, backend pools, inbound NAT
 * rules (classic and version 2), inbound NAT pools and load-balancing rules.
 *
 * <pre>{@code
 * LoadBalancerBuilder lb = group.loadBalancer("lb-web", LoadBalancerSku.STANDARD);
 * FrontendBuilder front = lb.publicFrontend("fe-public");
 * BackendPoolBuilder pool = lb.backendPool("pool-web");
 * lb.rule("lbr-https", front, "Tcp", 443, 443, pool);
 * InboundNatRuleBuilder ssh = lb.inboundNatRule("nat-ssh-web-01", front, "Tcp", 50001, 22);
 * group.linuxVm("web-01", scenario).nic(subnet, nic -> nic.ownNsg().inBackendPool(pool).inboundNatRule(ssh));
 * }</pre>
 */
public final class LoadBalancerBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final LoadBalancerSku sku;
    final List<FrontendBuilder> frontends = new ArrayList<>();
    final List<BackendPoolBuilder> pools = new ArrayList<>();
    final List<InboundNatRuleBuilder> natRules = new ArrayList<>();
    final List<InboundNatPoolBuilder> natPools = new ArrayList<>();
    final List<LoadBalancingRuleBuilder> rules = new ArrayList<>();

    LoadBalancerBuilder(ResourceGroupBuilder resourceGroup, String name, String location, LoadBalancerSku sku) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.sku = sku;
    }

    /** A frontend with a new public IPv4 address of the load balancer's SKU, named {@code pip-<lb>-<frontend>}. */
    public FrontendBuilder publicFrontend(String frontendName) {
        PublicIpBuilder ip = resourceGroup.publicIp("pip-" + name + "-" + frontendName, location, sku.publicIpSku());
        return publicFrontend(frontendName, ip);
    }

    /** A frontend with a new Standard public IPv6 address. */
    public FrontendBuilder publicIpv6Frontend(String frontendName) {
        if (sku != LoadBalancerSku.STANDARD) {
            throw new IllegalStateException(name + ": IPv6 frontends need a Standard load balancer");
        }
        return publicFrontend(frontendName, resourceGroup.publicIpv6("pip-" + name + "-" + frontendName, location));
    }

    private FrontendBuilder publicFrontend(String frontendName, PublicIpBuilder ip) {
        FrontendBuilder frontend = new FrontendBuilder(this, frontendName, ip, null, null);
        ip.ipConfigurationId = resourceGroup.subscription.reference(frontend.id());
        frontends.add(frontend);
        return frontend;
    }

    /** An internal frontend: a private address of {@code subnet}. */
    public FrontendBuilder privateFrontend(String frontendName, SubnetBuilder subnet) {
        FrontendBuilder frontend = new FrontendBuilder(this, frontendName, null, subnet, subnet.addresses.next());
        frontends.add(frontend);
        return frontend;
    }

    /** A pool whose members are NIC IP configurations ({@link NicBuilder#inBackendPool}) or addresses ({@link BackendPoolBuilder#address}). */
    public BackendPoolBuilder backendPool(String poolName) {
        BackendPoolBuilder pool = new BackendPoolBuilder(this, poolName);
        pools.add(pool);
        return pool;
    }

    /** A classic inbound NAT rule; a NIC binds it with {@link NicBuilder#inboundNatRule}. */
    public InboundNatRuleBuilder inboundNatRule(String ruleName, FrontendBuilder frontend, String protocol, int frontendPort, int backendPort) {
        InboundNatRuleBuilder rule = new InboundNatRuleBuilder(this, ruleName, frontend, protocol, frontendPort, frontendPort, backendPort, null);
        natRules.add(rule);
        return rule;
    }

    /** An inbound NAT rule version 2: a frontend port range → {@code backendPort} on every member of {@code pool}. */
    public InboundNatRuleBuilder inboundNatRuleV2(String ruleName, FrontendBuilder frontend, String protocol,
                                                  int frontendPortRangeStart, int frontendPortRangeEnd, int backendPort,
                                                  BackendPoolBuilder pool) {
        InboundNatRuleBuilder rule = new InboundNatRuleBuilder(this, ruleName, frontend, protocol,
                frontendPortRangeStart, frontendPortRangeEnd, backendPort, pool);
        natRules.add(rule);
        return rule;
    }

    /** An inbound NAT pool for Uniform scale sets. */
    public InboundNatPoolBuilder inboundNatPool(String poolName, FrontendBuilder frontend, String protocol,
                                                int frontendPortRangeStart, int frontendPortRangeEnd, int backendPort) {
        InboundNatPoolBuilder pool = new InboundNatPoolBuilder(this, poolName, frontend, protocol,
                frontendPortRangeStart, frontendPortRangeEnd, backendPort);
        natPools.add(pool);
        return pool;
    }

    /** A load-balancing rule on one pool ({@code backendAddressPool}) or several (also {@code backendAddressPools}). */
    public LoadBalancingRuleBuilder rule(String ruleName, FrontendBuilder frontend, String protocol, int frontendPort, int backendPort,
                                         BackendPoolBuilder... backendPools) {
        LoadBalancingRuleBuilder rule = new LoadBalancingRuleBuilder(this, ruleName, frontend, protocol, frontendPort, backendPort,
                List.of(backendPools));
        rules.add(rule);
        return rule;
    }

    /** An HA-ports rule: protocol {@code All}, frontend and backend port 0 (internal load balancers only). */
    public LoadBalancingRuleBuilder haPortsRule(String ruleName, FrontendBuilder frontend, BackendPoolBuilder pool) {
        if (frontend.publicIp != null) {
            throw new IllegalArgumentException(name + ": HA ports exist only on internal frontends");
        }
        return rule(ruleName, frontend, "All", 0, 0, pool);
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/loadBalancers", name);
    }
}
