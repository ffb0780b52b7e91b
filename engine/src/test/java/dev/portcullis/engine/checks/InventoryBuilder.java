package dev.portcullis.engine.checks;

import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.JitPolicy;
import dev.portcullis.engine.inventory.JitPort;
import dev.portcullis.engine.inventory.JitVirtualMachine;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.vocabulary.OsType;
import dev.portcullis.engine.inventory.Pricing;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.inventory.SubscriptionInventory;
import dev.portcullis.engine.inventory.VirtualMachine;
import dev.portcullis.engine.inventory.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small subscription inventories for check tests: {@code anInventory().withVm(aLinuxVm("web"))}. */
final class InventoryBuilder {

    static final String SUB = "00000000-0000-0000-0000-000000000001";
    static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg";

    private final List<VirtualMachine> vms = new ArrayList<>();
    private final List<NetworkInterface> nics = new ArrayList<>();
    private final List<NetworkSecurityGroup> nsgs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<JitPolicy> policies = new ArrayList<>();
    private final List<Pricing> pricings = new ArrayList<>();

    static InventoryBuilder anInventory() {
        return new InventoryBuilder();
    }

    static VmBuilder aLinuxVm(String name) {
        return new VmBuilder(name, OsType.LINUX);
    }

    static VmBuilder aWindowsVm(String name) {
        return new VmBuilder(name, OsType.WINDOWS);
    }

    static VmBuilder aVmOfUnknownOs(String name) {
        return new VmBuilder(name, OsType.UNKNOWN);
    }

    static String vmId(String name) {
        return RG + "/providers/Microsoft.Compute/virtualMachines/" + name;
    }

    InventoryBuilder withVm(VmBuilder vm) {
        vms.add(vm.build());
        String nsgId = vm.nicNsg ? RG + "/providers/Microsoft.Network/networkSecurityGroups/" + vm.name + "-nsg" : null;
        if (nsgId != null) {
            nsgs.add(new NetworkSecurityGroup(nsgId, vm.name + "-nsg", List.of()));
        }
        String subnetId = RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/" + vm.name;
        String subnetNsgId = vm.subnetNsg ? RG + "/providers/Microsoft.Network/networkSecurityGroups/" + vm.name
                + "-subnet-nsg" : null;
        if (subnetNsgId != null) {
            nsgs.add(new NetworkSecurityGroup(subnetNsgId, vm.name + "-subnet-nsg", List.of()));
        }
        subnets.add(new Subnet(subnetId, vm.name, List.of("10.0.0.0/24"), subnetNsgId));
        nics.add(new NetworkInterface(vm.nicId(), vm.name + "-nic", vm.idInNic ? vmId(vm.name) : null, nsgId,
                List.of(new IpConfiguration(vm.nicId() + "/ipConfigurations/ipconfig1", "ipconfig1", "10.0.0.4",
                        subnetId, null, List.of()))));
        if (vm.jitPorts != null) {
            policies.add(new JitPolicy(RG + "/providers/Microsoft.Security/locations/japaneast/"
                    + "jitNetworkAccessPolicies/" + vm.name, vm.name, "rg", "japaneast",
                    List.of(new JitVirtualMachine(vm.idInPolicy, vm.jitPorts)), List.of()));
        }
        return this;
    }

    InventoryBuilder withPricing(String tier, String subPlan) {
        pricings.add(new Pricing(Pricing.SERVERS, tier, subPlan));
        return this;
    }

    SubscriptionInventory build() {
        return new SubscriptionInventory(SUB, vms, nics, nsgs, List.of(),
                List.of(new VirtualNetwork(RG + "/providers/Microsoft.Network/virtualNetworks/vnet", "vnet", subnets)),
                policies, pricings);
    }

    static JitPort port(int number, String duration, String... sources) {
        return new JitPort(number, "*", List.of(sources), duration);
    }

    static final class VmBuilder {
        private final String name;
        private final OsType os;
        private boolean nicNsg = true;
        private boolean subnetNsg;
        private boolean idInNic = true;
        private List<JitPort> jitPorts;
        private String idInPolicy;

        VmBuilder(String name, OsType os) {
            this.name = name;
            this.os = os;
            this.idInPolicy = vmId(name);
        }

        VmBuilder withoutNsg() {
            nicNsg = false;
            subnetNsg = false;
            return this;
        }

        VmBuilder withSubnetNsgOnly() {
            nicNsg = false;
            subnetNsg = true;
            return this;
        }

        VmBuilder inJit(JitPort... ports) {
            jitPorts = List.of(ports);
            return this;
        }

        VmBuilder listedInPolicyAs(String id) {
            idInPolicy = id;
            return this;
        }

        private String nicId() {
            return RG + "/providers/Microsoft.Network/networkInterfaces/" + name + "-nic";
        }

        VirtualMachine build() {
            return new VirtualMachine(vmId(name), name, "rg", "japaneast", os, List.of(nicId()), Map.of());
        }
    }
}
