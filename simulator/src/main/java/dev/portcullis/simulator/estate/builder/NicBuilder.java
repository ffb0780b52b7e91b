package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A network interface of a VM: an IPv4 configuration ({@code ipconfig1}) in a subnet and, on a dual
 * stack subnet, an IPv6 one ({@code ipconfig-v6}); each may have a public IP and belong to load
 * balancer backend pools and inbound NAT rules.
 */
public final class NicBuilder {

    final VmBuilder vm;
    final String name;
    final SubnetBuilder subnet;
    final String privateIp;
    final boolean primary;
    final String id;
    final List<String> applicationSecurityGroupIds = new ArrayList<>();
    NsgBuilder nsg;
    PublicIpBuilder publicIp;
    boolean privateIpInPayload = true;
    /** Load balancer pools and NAT rules {@code ipconfig1} belongs to. */
    final LoadBalancerMembership membership = new LoadBalancerMembership();
    /** The IPv6 configuration, or {@code null}. */
    Ipv6Configuration ipv6;

    NicBuilder(VmBuilder vm, String name, SubnetBuilder subnet, boolean primary) {
        this.vm = vm;
        this.name = name;
        this.subnet = subnet;
        this.primary = primary;
        this.id = vm.resourceGroup.subscription.id(vm.resourceGroup.name, "Microsoft.Network/networkInterfaces", name);
        this.privateIp = subnet.addresses.next();
        subnet.networkInterfaces.add(this);
    }

    /** A new NSG named after the VM, with only the default rules (JIT adds its own at build). */
    public NicBuilder ownNsg() {
        return ownNsg(nsg -> { });
    }

    /** A new NSG named after the VM, with the rules given. */
    public NicBuilder ownNsg(Consumer<NsgBuilder> rules) {
        NsgBuilder created = vm.resourceGroup.networkSecurityGroup(vm.resourceName + nameSuffix("-nsg"), vm.location);
        created.owner = vm;
        rules.accept(created);
        return nsg(created);
    }

    /** Associates an existing (possibly shared) NSG with this NIC. */
    public NicBuilder nsg(NsgBuilder nsg) {
        this.nsg = nsg;
        return this;
    }

    public NicBuilder publicIp(PublicIpSku sku) {
        PublicIpBuilder ip = vm.resourceGroup.publicIp(vm.resourceName + nameSuffix("-ip"), vm.location, sku);
        ip.ipConfigurationId = vm.resourceGroup.subscription.reference(ipConfigurationId());
        ip.owner = vm;
        this.publicIp = ip;
        return this;
    }

    /**
     * Adds an IPv6 configuration {@code ipconfig-v6} (the subnet must be dual stack,
     * {@link SubnetBuilder#ipv6}) with a private IPv6 address and, when {@code publicIp}, a
     * Standard public IPv6 address of its own.
     */
    public NicBuilder ipv6(boolean publicIp) {
        if (subnet.ipv6Addresses == null) {
            throw new IllegalStateException(subnet.name + " is not dual stack");
        }
        ipv6 = new Ipv6Configuration(id() + "/ipConfigurations/ipconfig-v6", subnet.ipv6Addresses.next());
        if (publicIp) {
            PublicIpBuilder ip = vm.resourceGroup.publicIpv6(vm.resourceName + nameSuffix("-ipv6"), vm.location);
            ip.ipConfigurationId = vm.resourceGroup.subscription.reference(ipv6.id);
            ip.owner = vm;
            ipv6.publicIp = ip;
        }
        return this;
    }

    /** Puts {@code ipconfig1} in a backend pool: written on the pool ({@code backendIPConfigurations}) and here. */
    public NicBuilder inBackendPool(BackendPoolBuilder pool) {
        pool.members.add(new BackendPoolBuilder.Member(this, ipConfigurationId()));
        membership.pools.add(pool);
        return this;
    }

    /** Puts {@code ipconfig-v6} in a backend pool (of an IPv6 frontend). */
    public NicBuilder ipv6InBackendPool(BackendPoolBuilder pool) {
        pool.members.add(new BackendPoolBuilder.Member(this, ipv6.id));
        ipv6.membership.pools.add(pool);
        return this;
    }

    /** Makes {@code ipconfig1} the backend of a classic inbound NAT rule: written on the rule and here. */
    public NicBuilder inboundNatRule(InboundNatRuleBuilder rule) {
        rule.backend = this;
        membership.natRules.add(rule);
        return this;
    }

    /**
     * Lists a backend pool id that no served load balancer holds (an inventory gap: the load
     * balancer is not in the list).
     */
    public NicBuilder claimsBackendPoolId(String poolId) {
        membership.claimedPoolIds.add(poolId);
        return this;
    }

    /** Adds the IP configuration to an application security group (see {@link ResourceGroupBuilder#applicationSecurityGroupId}). */
    public NicBuilder memberOf(String applicationSecurityGroupId) {
        applicationSecurityGroupIds.add(applicationSecurityGroupId);
        return this;
    }

    /** Leaves {@code privateIPAddress} out of the IP configuration (a gap readers must tolerate). */
    public NicBuilder withoutPrivateIpInPayload() {
        this.privateIpInPayload = false;
        return this;
    }

    public String privateIp() {
        return privateIp;
    }

    public String id() {
        return id;
    }

    public String ipConfigurationId() {
        return id() + "/ipConfigurations/ipconfig1";
    }

    /** {@code ipconfig1} and, when there is one, {@code ipconfig-v6}. */
    List<String> ipConfigurationIds() {
        return ipv6 == null ? List.of(ipConfigurationId()) : List.of(ipConfigurationId(), ipv6.id);
    }

    /** The IPv6 configuration of a NIC. */
    static final class Ipv6Configuration {
        final String id;
        final String privateIp;
        final LoadBalancerMembership membership = new LoadBalancerMembership();
        PublicIpBuilder publicIp;

        Ipv6Configuration(String id, String privateIp) {
            this.id = id;
            this.privateIp = privateIp;
        }
    }

    private String nameSuffix(String suffix) {
        int index = vm.nics.indexOf(this);
        return index <= 0 ? suffix : suffix + "-" + (index + 1);
    }
}
