package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;

/**
 * An Azure Firewall ({@code Microsoft.Network/azureFirewalls}) in a VNet's {@code AzureFirewallSubnet},
 * with a Standard public IP of its own and a private address in that subnet, and either classic DNAT
 * rule collections or a firewall policy ({@link #managedBy}). JIT on a VM behind it writes classic
 * DNAT rules in a collection {@code MDC-JIT} (before May 2023 {@code ASC-JIT}): {@link #jitDnat}.
 */
public final class AzureFirewallBuilder {

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final SubnetBuilder subnet;
    final PublicIpBuilder publicIp;
    final String privateIp;
    final List<NatRuleCollection> natRuleCollections = new ArrayList<>();
    FirewallPolicyBuilder policy;

    AzureFirewallBuilder(ResourceGroupBuilder resourceGroup, String name, String location, SubnetBuilder subnet) {
        if (!"AzureFirewallSubnet".equals(subnet.name)) {
            throw new IllegalArgumentException(name + ": a firewall lives in a subnet named AzureFirewallSubnet");
        }
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.subnet = subnet;
        this.privateIp = subnet.addresses.next();
        this.publicIp = resourceGroup.publicIp("pip-" + name, location, PublicIpSku.STANDARD);
        this.publicIp.ipConfigurationId = resourceGroup.subscription.reference(ipConfigurationId());
    }

    /** A classic DNAT rule collection ({@code action.type: "Dnat"}). */
    public NatRuleCollection natRuleCollection(String collectionName, int priority) {
        if (policy != null) {
            throw new IllegalStateException(name + " is managed by a policy: add rules there");
        }
        return collection(collectionName, priority);
    }

    /** Rules come from this policy ({@code properties.firewallPolicy}); the firewall has no classic rules. */
    public AzureFirewallBuilder managedBy(FirewallPolicyBuilder policy) {
        if (!natRuleCollections.isEmpty()) {
            throw new IllegalStateException(name + " already has classic rules");
        }
        this.policy = policy;
        policy.firewalls.add(this);
        return this;
    }

    /**
     * The DNAT rule JIT writes for {@code vm}'s port while a request runs (or that was left behind):
     * from {@code port.ruleSource()} to this firewall's public IP on {@code port.mappedPort()},
     * translated to the VM's private IP and {@code port.number()}, in collection {@code MDC-JIT} /
     * {@code ASC-JIT} after the VM's rule naming.
     */
    public AzureFirewallBuilder jitDnat(VmBuilder vm, JitRequest.Port port) {
        String collectionName = vm.jitRuleNaming.firewallCollectionName();
        NatRuleCollection collection = natRuleCollections.stream().filter(c -> c.name.equals(collectionName)).findFirst()
                .orElseGet(() -> collection(collectionName, 100));
        collection.dnat(DnatRule.toVm(collectionName + "-" + vm.name + "-" + port.number(), List.of(port.ruleSource()),
                port.mappedPort(), vm, port.number()));
        return this;
    }

    /** The firewall's public address (the DNAT rules' destination). */
    public String publicAddress() {
        return publicIp.address;
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/azureFirewalls", name);
    }

    String ipConfigurationId() {
        return id() + "/azureFirewallIpConfigurations/ipconfig";
    }

    private NatRuleCollection collection(String collectionName, int priority) {
        NatRuleCollection collection = new NatRuleCollection(collectionName, priority);
        natRuleCollections.add(collection);
        return collection;
    }
}
