package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.CheckIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A virtual machine scale set ({@code Microsoft.Compute/virtualMachineScaleSets}).
 *
 * <p>Flexible: the set only groups ordinary VMs ({@link VmBuilder#inScaleSet}), which carry
 * {@code properties.virtualMachineScaleSet.id} and get every VM check. Uniform: the set describes its
 * instances in {@code virtualMachineProfile.networkProfile} (one NIC configuration: subnet, NSG,
 * public IP per instance, load balancer pools and NAT pools), and their NICs are listed under the set
 * ({@code …/virtualMachineScaleSets/{n}/networkInterfaces}), not in the subscription's NIC list.
 */
public final class ScaleSetBuilder {

    /** {@code orchestrationMode}. */
    public enum Mode { UNIFORM, FLEXIBLE }

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final Mode mode;
    final OsKind os;
    final List<BackendPoolBuilder> pools = new ArrayList<>();
    final List<InboundNatPoolBuilder> natPools = new ArrayList<>();
    final List<Instance> instances = new ArrayList<>();
    SubnetBuilder subnet;
    NsgBuilder nsg;
    boolean publicIpPerInstance;
    final Set<String> failing = new LinkedHashSet<>();
    String description;

    ScaleSetBuilder(ResourceGroupBuilder resourceGroup, String name, String location, Mode mode, OsKind os) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.mode = mode;
        this.os = os;
    }

    /**
     * Uniform only: {@code count} instances whose NIC configuration is in {@code subnet}; each
     * instance gets a private address there (and a Standard public IP with {@link #publicIpPerInstance()}).
     */
    public ScaleSetBuilder instances(int count, SubnetBuilder subnet) {
        requireUniform("instances");
        this.subnet = subnet;
        for (int i = 0; i < count; i++) {
            instances.add(new Instance(i, subnet.addresses.next(),
                    publicIpPerInstance ? resourceGroup.subscription.estate.nextPublicAddress() : null));
        }
        return this;
    }

    /** The NIC configuration's NSG ({@code networkSecurityGroup}). */
    public ScaleSetBuilder nsg(NsgBuilder nsg) {
        requireUniform("nsg");
        this.nsg = nsg;
        return this;
    }

    /** {@code publicIPAddressConfiguration}: a Standard public IP per instance (call before {@link #instances}). */
    public ScaleSetBuilder publicIpPerInstance() {
        requireUniform("publicIpPerInstance");
        if (!instances.isEmpty()) {
            throw new IllegalStateException(name + ": call publicIpPerInstance before instances");
        }
        this.publicIpPerInstance = true;
        return this;
    }

    /** Every instance's IP configuration in this pool (written on the pool and in the profile and instance NICs). */
    public ScaleSetBuilder inBackendPool(BackendPoolBuilder pool) {
        requireUniform("inBackendPool");
        pools.add(pool);
        pool.scaleSets.add(this);
        return this;
    }

    /** {@code loadBalancerInboundNatPools}: the pool's port range → its backend port on each instance. */
    public ScaleSetBuilder inNatPool(InboundNatPoolBuilder natPool) {
        requireUniform("inNatPool");
        natPools.add(natPool);
        return this;
    }

    /** These scale-set checks ({@link CheckIds#VMSS_CHECKS}) fail; the others pass (written by hand; Uniform only). */
    public ScaleSetBuilder failing(String... checkIds) {
        requireUniform("failing");
        for (String check : checkIds) {
            if (!CheckIds.VMSS_CHECKS.contains(check)) {
                throw new IllegalArgumentException(name + ": not a scale-set check: " + check);
            }
            if (!failing.add(check)) {
                throw new IllegalArgumentException(name + ": " + check + " named twice");
            }
        }
        return this;
    }

    /** The path and why the scale-set checks say what they say (Uniform only; required). */
    public ScaleSetBuilder describedAs(String description) {
        requireUniform("describedAs");
        this.description = description;
        return this;
    }

    public String id() {
        return resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Compute/virtualMachineScaleSets", name);
    }

    String nicConfigurationName() {
        return name + "-nic";
    }

    String instanceNicId(Instance instance) {
        return id() + "/virtualMachines/" + instance.index + "/networkInterfaces/" + nicConfigurationName();
    }

    String instanceIpConfigurationId(Instance instance) {
        return instanceNicId(instance) + "/ipConfigurations/ipconfig1";
    }

    String instancePublicIpId(Instance instance) {
        return instanceIpConfigurationId(instance) + "/publicIPAddresses/" + name + "-pip";
    }

    private void requireUniform(String method) {
        if (mode != Mode.UNIFORM) {
            throw new IllegalStateException(name + ": " + method + " describes Uniform scale sets only");
        }
    }

    /** One Uniform instance: its index, private address and, when it has one, public address. */
    record Instance(int index, String privateIp, String publicIp) {
    }
}
