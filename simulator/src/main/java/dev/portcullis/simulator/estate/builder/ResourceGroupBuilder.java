package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A resource group: the place VMs, networks, NSGs and public IPs are created in. */
public final class ResourceGroupBuilder {

    final SubscriptionBuilder subscription;
    final String name;
    final String location;
    final Map<String, String> tags = new LinkedHashMap<>();

    ResourceGroupBuilder(SubscriptionBuilder subscription, String name, String location) {
        this.subscription = subscription;
        this.name = name;
        this.location = location;
    }

    public String id() {
        return ArmIds.resourceGroup(subscription.subscriptionId, name);
    }

    public ResourceGroupBuilder tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    public VirtualNetworkBuilder virtualNetwork(String name, String addressSpace) {
        return virtualNetwork(name, location, addressSpace);
    }

    public VirtualNetworkBuilder virtualNetwork(String name, String location, String addressSpace) {
        VirtualNetworkBuilder vnet = new VirtualNetworkBuilder(this, name, location, addressSpace);
        subscription.virtualNetworks.add(vnet);
        return vnet;
    }

    /** An NSG in this group's location; attach it to subnets or NICs, or leave it orphaned. */
    public NsgBuilder networkSecurityGroup(String name) {
        return networkSecurityGroup(name, location);
    }

    public NsgBuilder networkSecurityGroup(String name, String location) {
        NsgBuilder nsg = new NsgBuilder(this, name, location);
        subscription.networkSecurityGroups.add(nsg);
        return nsg;
    }

    /** A public IP; NICs attach their own, so one made here stays unattached unless given to a NIC. */
    public PublicIpBuilder publicIp(String name, PublicIpSku sku) {
        return publicIp(name, location, sku);
    }

    PublicIpBuilder publicIp(String name, String location, PublicIpSku sku) {
        PublicIpBuilder ip = new PublicIpBuilder(this, name, location, sku, subscription.estate.nextPublicAddress());
        subscription.publicIps.add(ip);
        return ip;
    }

    /** A Standard public IPv6 address (IPv6 exists only with the Standard SKU). */
    PublicIpBuilder publicIpv6(String name, String location) {
        PublicIpBuilder ip = new PublicIpBuilder(this, name, location, PublicIpSku.STANDARD,
                subscription.estate.nextPublicIpv6Address(), "IPv6");
        subscription.publicIps.add(ip);
        return ip;
    }

    /** A load balancer in this group's location. */
    public LoadBalancerBuilder loadBalancer(String name, LoadBalancerSku sku) {
        return loadBalancer(name, location, sku);
    }

    /** A load balancer in another location than the group's (it must be its backends' region). */
    public LoadBalancerBuilder loadBalancer(String name, String location, LoadBalancerSku sku) {
        LoadBalancerBuilder loadBalancer = new LoadBalancerBuilder(this, name, location, sku);
        subscription.loadBalancers.add(loadBalancer);
        return loadBalancer;
    }

    /** An Azure Firewall in {@code subnet} (named {@code AzureFirewallSubnet}), with a Standard public IP {@code pip-<name>}. */
    public AzureFirewallBuilder azureFirewall(String name, SubnetBuilder subnet) {
        AzureFirewallBuilder firewall = new AzureFirewallBuilder(this, name, location, subnet);
        subscription.firewalls.add(firewall);
        return firewall;
    }

    public FirewallPolicyBuilder firewallPolicy(String name) {
        FirewallPolicyBuilder policy = new FirewallPolicyBuilder(this, name, location);
        subscription.firewallPolicies.add(policy);
        return policy;
    }

    /** The id of an IP group in this resource group (IP groups are referenced, not served). */
    public String ipGroupId(String name) {
        return subscription.id(this.name, "Microsoft.Network/ipGroups", name);
    }

    /** A Uniform scale set of {@code os} instances; describe it with {@link ScaleSetBuilder#instances} and the rest. */
    public ScaleSetBuilder uniformScaleSet(String name, OsKind os) {
        ScaleSetBuilder scaleSet = new ScaleSetBuilder(this, name, location, ScaleSetBuilder.Mode.UNIFORM, os);
        subscription.scaleSets.add(scaleSet);
        return scaleSet;
    }

    /** A Flexible scale set: VMs join it with {@link VmBuilder#inScaleSet}. */
    public ScaleSetBuilder flexibleScaleSet(String name) {
        ScaleSetBuilder scaleSet = new ScaleSetBuilder(this, name, location, ScaleSetBuilder.Mode.FLEXIBLE, OsKind.UNKNOWN);
        subscription.scaleSets.add(scaleSet);
        return scaleSet;
    }

    public VmBuilder linuxVm(String name, Scenario scenario) {
        return vm(name, OsKind.LINUX, scenario);
    }

    public VmBuilder windowsVm(String name, Scenario scenario) {
        return vm(name, OsKind.WINDOWS, scenario);
    }

    /** A VM whose payload has neither an osProfile nor an osDisk.osType. */
    public VmBuilder vmOfUnknownOs(String name, Scenario scenario) {
        return vm(name, OsKind.UNKNOWN, scenario);
    }

    public VmBuilder vm(String name, OsKind os, Scenario scenario) {
        subscription.estate.claimVmName(name);
        VmBuilder vm = new VmBuilder(this, name, os, scenario);
        subscription.virtualMachines.add(vm);
        return vm;
    }

    /** The id of an application security group in this resource group (ASGs are referenced, not served). */
    public String applicationSecurityGroupId(String name) {
        return subscription.id(this.name, "Microsoft.Network/applicationSecurityGroups", name);
    }

    /** Leaves an entry in this group's JIT policy for a VM that was deleted since (JIT keeps such entries). */
    public ResourceGroupBuilder jitEntryForDeletedVm(String vmName, JitPort... ports) {
        String vmId = subscription.id(name, "Microsoft.Compute/virtualMachines", vmName);
        subscription.jitEntriesForDeletedVms.add(
                new SubscriptionBuilder.JitEntryForDeletedVm(this, location, vmId, List.of(ports)));
        return this;
    }
}
