package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A network interface of a VM with one IP configuration ({@code ipconfig1}) in a subnet. */
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

    private String nameSuffix(String suffix) {
        int index = vm.nics.indexOf(this);
        return index <= 0 ? suffix : suffix + "-" + (index + 1);
    }
}
