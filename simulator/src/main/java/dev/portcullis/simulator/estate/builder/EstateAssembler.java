package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.ArmCatalog;
import dev.portcullis.simulator.estate.ArmResource;
import dev.portcullis.simulator.estate.CheckIds;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.ResourceType;
import dev.portcullis.simulator.estate.JitStatus;
import dev.portcullis.simulator.estate.SimScaleSet;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimTenant;
import dev.portcullis.simulator.estate.SimVm;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns the described estate into served JSON: writes JIT's NSG rules, links back-references, renders once. */
final class EstateAssembler {

    private final ArmCatalog.Builder catalog = ArmCatalog.builder();
    private final List<SimSubscription> subscriptions = new ArrayList<>();
    private final List<SimVm> virtualMachines = new ArrayList<>();
    private final List<SimScaleSet> scaleSets = new ArrayList<>();

    Estate assemble(List<SimTenant> tenants, List<SubscriptionBuilder> subscriptionBuilders) {
        tenants.forEach(tenant -> catalog.tenant(ContainerJson.tenant(tenant)));
        for (SubscriptionBuilder subscription : subscriptionBuilders) {
            Objects.requireNonNull(subscription.defenderPlan, subscription.displayName + ": call defender(...)");
            writeJitRules(subscription);
            addSubscription(subscription);
        }
        return new Estate(tenants, subscriptions, virtualMachines, scaleSets, catalog.build());
    }

    /**
     * What Defender does when JIT is enabled: deny rules per covered port, allow rules for open
     * requests; plus the JIT-named allows a VM keeps without an open request (in a policy or not).
     */
    private static void writeJitRules(SubscriptionBuilder subscription) {
        for (VmBuilder vm : subscription.virtualMachines) {
            if (!vm.exists()) {
                continue;
            }
            for (NicBuilder nic : vm.nics) {
                for (NsgBuilder nsg : nsgsOnPath(nic)) {
                    if (vm.inJitPolicy()) {
                        vm.jitPorts.forEach(port -> nsg.addJitDeny(vm, nic.privateIp, port));
                        vm.jitRequests.stream()
                                .flatMap(request -> request.ports().stream())
                                .filter(JitRequest.Port::isOpen)
                                .forEach(port -> nsg.addJitAllow(vm, nic.privateIp, port.number(), port.ruleSource()));
                    }
                    vm.jitAllowsLeftBehind.forEach(left -> nsg.addJitAllow(vm, nic.privateIp, left.port(), left.source()));
                }
            }
        }
    }

    private static Set<NsgBuilder> nsgsOnPath(NicBuilder nic) {
        Set<NsgBuilder> nsgs = new LinkedHashSet<>();
        if (nic.subnet.nsg != null) {
            nsgs.add(nic.subnet.nsg);
        }
        if (nic.nsg != null) {
            nsgs.add(nic.nsg);
        }
        return nsgs;
    }

    private void addSubscription(SubscriptionBuilder subscription) {
        String sid = subscription.subscriptionId;
        catalog.subscription(sid, ContainerJson.subscription(subscription));
        subscription.resourceGroups.values()
                .forEach(group -> catalog.resourceGroup(sid, group.name, ContainerJson.resourceGroup(group)));

        Map<NsgBuilder, List<String>> nicsByNsg = new IdentityHashMap<>();
        Map<NsgBuilder, List<String>> subnetsByNsg = new IdentityHashMap<>();
        for (VmBuilder vm : subscription.virtualMachines) {
            if (!vm.exists()) {
                continue;
            }
            catalog.resource(resource(vm.id(), ResourceType.VIRTUAL_MACHINES, vm.resourceGroup, vm.location,
                    VirtualMachineJson.render(vm)));
            for (NicBuilder nic : vm.nics) {
                catalog.resource(resource(nic.id(), ResourceType.NETWORK_INTERFACES, vm.resourceGroup, vm.location,
                        NetworkInterfaceJson.render(nic)));
                if (nic.nsg != null) {
                    nicsByNsg.computeIfAbsent(nic.nsg, key -> new ArrayList<>()).add(subscription.reference(nic.id()));
                }
            }
            virtualMachines.add(new SimVm(vm.id(), vm.name, sid, subscription.tenant.tenantId(), vm.resourceGroup.name,
                    vm.location, vm.os.osType(), vm.scenario.name(), vm.scenario.expected(), vm.scenario.jitStatus()));
        }
        for (VirtualNetworkBuilder vnet : subscription.virtualNetworks) {
            Map<SubnetBuilder, String> subnetJson = new IdentityHashMap<>();
            for (SubnetBuilder subnet : vnet.subnets) {
                String json = VirtualNetworkJson.renderSubnet(subnet);
                subnetJson.put(subnet, json);
                catalog.resource(resource(subnet.id(), null, vnet.resourceGroup, vnet.location, json));
                if (subnet.nsg != null) {
                    subnetsByNsg.computeIfAbsent(subnet.nsg, key -> new ArrayList<>()).add(subscription.reference(subnet.id()));
                }
            }
            catalog.resource(resource(vnet.id(), ResourceType.VIRTUAL_NETWORKS, vnet.resourceGroup, vnet.location,
                    VirtualNetworkJson.render(vnet, subnetJson)));
        }
        for (NsgBuilder nsg : subscription.networkSecurityGroups) {
            if (!nsg.exists()) {
                continue;
            }
            catalog.resource(resource(nsg.id(), ResourceType.NETWORK_SECURITY_GROUPS, nsg.resourceGroup, nsg.location,
                    NetworkSecurityGroupJson.render(nsg,
                            nicsByNsg.getOrDefault(nsg, List.of()), subnetsByNsg.getOrDefault(nsg, List.of()))));
        }
        for (PublicIpBuilder ip : subscription.publicIps) {
            if (!ip.exists()) {
                continue;
            }
            catalog.resource(resource(ip.id(), ResourceType.PUBLIC_IP_ADDRESSES, ip.resourceGroup, ip.location,
                    PublicIpJson.render(ip)));
        }
        for (LoadBalancerBuilder lb : subscription.loadBalancers) {
            Map<String, String> parts = LoadBalancerJson.parts(lb);
            parts.forEach((id, json) -> catalog.resource(resource(id, null, lb.resourceGroup, lb.location, json)));
            catalog.resource(resource(lb.id(), ResourceType.LOAD_BALANCERS, lb.resourceGroup, lb.location,
                    LoadBalancerJson.render(lb, parts)));
        }
        for (ScaleSetBuilder scaleSet : subscription.scaleSets) {
            addScaleSet(subscription, scaleSet);
        }
        for (AzureFirewallBuilder firewall : subscription.firewalls) {
            catalog.resource(resource(firewall.id(), ResourceType.AZURE_FIREWALLS, firewall.resourceGroup, firewall.location,
                    FirewallJson.firewall(firewall)));
        }
        for (FirewallPolicyBuilder policy : subscription.firewallPolicies) {
            catalog.resource(resource(policy.id(), ResourceType.FIREWALL_POLICIES, policy.resourceGroup, policy.location,
                    FirewallJson.policy(policy)));
            catalog.childList(policy.id(), "ruleCollectionGroups");
            for (FirewallPolicyBuilder.RuleCollectionGroup group : policy.groups) {
                catalog.child(policy.id(), "ruleCollectionGroups", resource(FirewallJson.groupId(policy, group), null,
                        policy.resourceGroup, null, FirewallJson.ruleCollectionGroup(policy, group)));
            }
        }
        addJitPolicies(subscription);
        PricingJson.render(subscription).forEach((name, json) -> catalog.resource(
                new ArmResource(ArmIds.pricing(sid, name), ResourceType.PRICINGS, sid, null, null, json)));

        subscriptions.add(new SimSubscription(sid, subscription.tenant.tenantId(), subscription.displayName,
                subscription.expectedDefenderP2, subscription.defenderPlan.description()));
    }

    /**
     * A scale set; a Uniform one also with its instances' NICs and public IPs (its child lists
     * {@code networkInterfaces} and {@code publicIPAddresses}), and its expectation.
     */
    private void addScaleSet(SubscriptionBuilder subscription, ScaleSetBuilder scaleSet) {
        catalog.resource(resource(scaleSet.id(), ResourceType.VIRTUAL_MACHINE_SCALE_SETS, scaleSet.resourceGroup, scaleSet.location,
                ScaleSetJson.render(scaleSet)));
        if (scaleSet.mode != ScaleSetBuilder.Mode.UNIFORM) {
            return;
        }
        Objects.requireNonNull(scaleSet.description, scaleSet.name + ": call describedAs(...)");
        catalog.childList(scaleSet.id(), "networkInterfaces");
        catalog.childList(scaleSet.id(), "publicIPAddresses");
        for (ScaleSetBuilder.Instance instance : scaleSet.instances) {
            catalog.child(scaleSet.id(), "networkInterfaces", resource(scaleSet.instanceNicId(instance), null,
                    scaleSet.resourceGroup, scaleSet.location, ScaleSetJson.instanceNic(scaleSet, instance)));
            if (instance.publicIp() != null) {
                catalog.child(scaleSet.id(), "publicIPAddresses", resource(scaleSet.instancePublicIpId(instance), null,
                        scaleSet.resourceGroup, scaleSet.location, ScaleSetJson.instancePublicIp(scaleSet, instance)));
            }
        }
        scaleSets.add(new SimScaleSet(scaleSet.id(), scaleSet.name, subscription.subscriptionId, scaleSet.resourceGroup.name,
                scaleSet.failing.contains(CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED) ? Expectation.FAIL : Expectation.PASS,
                JitStatus.NOT_SUPPORTED, scaleSet.description));
    }

    /** One policy named {@code default} per resource group and location that has JIT entries. */
    private void addJitPolicies(SubscriptionBuilder subscription) {
        Map<String, PolicyContent> policies = new LinkedHashMap<>();
        for (VmBuilder vm : subscription.virtualMachines) {
            if (vm.exists() && vm.inJitPolicy()) {
                policy(policies, vm.resourceGroup, vm.location).vms.add(vm);
            }
        }
        for (SubscriptionBuilder.JitEntryForDeletedVm deleted : subscription.jitEntriesForDeletedVms) {
            policy(policies, deleted.resourceGroup(), deleted.location()).deletedVms.add(deleted);
        }
        for (PolicyContent policy : policies.values()) {
            String id = ArmIds.jitPolicy(subscription.subscriptionId, policy.resourceGroup.name, policy.location,
                    JitPolicyJson.POLICY_NAME);
            catalog.resource(resource(id, ResourceType.JIT_NETWORK_ACCESS_POLICIES, policy.resourceGroup, policy.location,
                    JitPolicyJson.render(policy.resourceGroup, policy.location, policy.vms, policy.deletedVms)));
        }
    }

    private static PolicyContent policy(Map<String, PolicyContent> policies, ResourceGroupBuilder group, String location) {
        String key = (group.name + "|" + location).toLowerCase(Locale.ROOT);
        return policies.computeIfAbsent(key, k -> new PolicyContent(group, location));
    }

    private static ArmResource resource(String id, ResourceType type, ResourceGroupBuilder group, String location, String json) {
        return new ArmResource(id, type, group.subscription.subscriptionId, group.name, location, json);
    }

    private static final class PolicyContent {
        final ResourceGroupBuilder resourceGroup;
        final String location;
        final List<VmBuilder> vms = new ArrayList<>();
        final List<SubscriptionBuilder.JitEntryForDeletedVm> deletedVms = new ArrayList<>();

        PolicyContent(ResourceGroupBuilder resourceGroup, String location) {
            this.resourceGroup = resourceGroup;
            this.location = location;
        }
    }
}
