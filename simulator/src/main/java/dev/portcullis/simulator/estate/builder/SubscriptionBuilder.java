package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A subscription being described: its Defender pricing and its resource groups. */
public final class SubscriptionBuilder {

    final EstateBuilder estate;
    final SimTenant tenant;
    final String subscriptionId;
    final String displayName;
    final Map<String, ResourceGroupBuilder> resourceGroups = new LinkedHashMap<>();
    final List<VirtualNetworkBuilder> virtualNetworks = new ArrayList<>();
    final List<NsgBuilder> networkSecurityGroups = new ArrayList<>();
    final List<PublicIpBuilder> publicIps = new ArrayList<>();
    final List<VmBuilder> virtualMachines = new ArrayList<>();
    final List<LoadBalancerBuilder> loadBalancers = new ArrayList<>();
    final List<ScaleSetBuilder> scaleSets = new ArrayList<>();
    final List<AzureFirewallBuilder> firewalls = new ArrayList<>();
    final List<FirewallPolicyBuilder> firewallPolicies = new ArrayList<>();
    final List<JitEntryForDeletedVm> jitEntriesForDeletedVms = new ArrayList<>();
    DefenderPlan defenderPlan;
    Expectation expectedDefenderP2;
    String quotaId = "EnterpriseAgreement_2014-09-01";
    private boolean upperCaseResourceGroupReferences;

    SubscriptionBuilder(EstateBuilder estate, SimTenant tenant, String subscriptionId, String displayName) {
        this.estate = estate;
        this.tenant = tenant;
        this.subscriptionId = subscriptionId;
        this.displayName = displayName;
    }

    /**
     * The {@code VirtualMachines} pricing and what {@code subscription_defender_servers_p2} must say
     * about it (written by hand).
     */
    public SubscriptionBuilder defender(DefenderPlan plan, Expectation expectedP2) {
        this.defenderPlan = plan;
        this.expectedDefenderP2 = expectedP2;
        return this;
    }

    public SubscriptionBuilder quotaId(String quotaId) {
        this.quotaId = quotaId;
        return this;
    }

    /**
     * References between resources (NIC → VM, NSG, subnet, public IP; VM → NIC) name the resource
     * group in upper case, as ARM often does: readers must join ids case-insensitively.
     */
    public SubscriptionBuilder referencesWithUpperCaseResourceGroups() {
        this.upperCaseResourceGroupReferences = true;
        return this;
    }

    /** The resource group, created on first use with the location given then. */
    public ResourceGroupBuilder resourceGroup(String name, String location) {
        return resourceGroups.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                key -> new ResourceGroupBuilder(this, name, location));
    }

    String id(String resourceGroup, String providerPath, String name) {
        return ArmIds.resource(subscriptionId, resourceGroup, providerPath, name);
    }

    /** How this subscription writes a reference to {@code id}. */
    String reference(String id) {
        return upperCaseResourceGroupReferences ? ArmIds.withUpperCaseResourceGroup(id) : id;
    }

    /** An entry a JIT policy keeps for a VM that no longer exists. */
    record JitEntryForDeletedVm(ResourceGroupBuilder resourceGroup, String location, String vmId, List<JitPort> ports) {
    }
}
