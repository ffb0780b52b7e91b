package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A virtual machine, its NICs, and its entry in its resource group's JIT policy (if any). */
public final class VmBuilder {

    private static final List<String> OWNERS = List.of("platform-team", "web-team", "data-team", "ops@example.com");
    private static final List<String> SIZES = List.of("Standard_B2s", "Standard_D2s_v5", "Standard_D4s_v5", "Standard_E4s_v5");

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final OsKind os;
    final Scenario scenario;
    final List<NicBuilder> nics = new ArrayList<>();
    final List<JitRequest> jitRequests = new ArrayList<>();
    final List<LeftBehindAllow> jitAllowsLeftBehind = new ArrayList<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    final String id;
    String location;
    String resourceName;
    String size;
    String zone;
    boolean hasOsProfile;
    boolean hasNetworkProfile = true;
    List<JitPort> jitPorts;
    UnaryOperator<String> jitIdForm = UnaryOperator.identity();
    JitRuleNaming jitRuleNaming = JitRuleNaming.CURRENT;
    AzureFirewallBuilder jitFirewall;
    ScaleSetBuilder scaleSet;
    int createdOn = Integer.MIN_VALUE;
    Integer deletedOn;

    VmBuilder(ResourceGroupBuilder resourceGroup, String name, OsKind os, Scenario scenario) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.os = os;
        this.scenario = scenario;
        this.id = resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Compute/virtualMachines", name);
        this.location = resourceGroup.location;
        this.resourceName = name;
        this.size = SIZES.get(Deterministic.pick(name, SIZES.size()));
        this.hasOsProfile = os != OsKind.UNKNOWN;
        tags.put("owner", OWNERS.get(Deterministic.pick("owner" + name, OWNERS.size())));
        tags.put("costCenter", "CC-" + (1000 + Deterministic.pick("cost" + resourceGroup.name, 9000)));
    }

    /** Places the VM in another location than its resource group's (before adding NICs). */
    public VmBuilder in(String location) {
        requireNoNics("in");
        this.location = location;
        return this;
    }

    /** Base of the names of the NICs, NSGs and public IPs made for this VM (default: the VM name). */
    public VmBuilder resourcesNamed(String baseName) {
        requireNoNics("resourcesNamed");
        this.resourceName = baseName;
        return this;
    }

    /** A NIC without NSG or public IP. */
    public VmBuilder nic(SubnetBuilder subnet) {
        return nic(subnet, nic -> { });
    }

    /** A NIC in the subnet, the first one primary, configured by {@code config}. */
    public VmBuilder nic(SubnetBuilder subnet, Consumer<NicBuilder> config) {
        if (!hasNetworkProfile) {
            throw new IllegalStateException(name + " has no network profile");
        }
        String suffix = nics.isEmpty() ? "-nic" : "-nic-" + (nics.size() + 1);
        NicBuilder nic = new NicBuilder(this, resourceName + suffix, subnet, nics.isEmpty());
        nics.add(nic);
        config.accept(nic);
        return this;
    }

    /** Puts the VM in its resource group's JIT policy for its location, with these ports. */
    public VmBuilder jit(JitPort... ports) {
        this.jitPorts = List.of(ports);
        return this;
    }

    /** How the JIT policy writes this VM's id, e.g. {@code String::toLowerCase} (ARM does not keep case). */
    public VmBuilder jitListsIdAs(UnaryOperator<String> form) {
        this.jitIdForm = form;
        return this;
    }

    /**
     * JIT's rules for this VM were written before May 2023 and keep the names of then
     * ({@code SecurityCenter-JITRule_…}, {@code ASC JIT Network Access rule …}, {@code ASC-JIT}).
     */
    public VmBuilder jitRulesNamedBeforeMay2023() {
        this.jitRuleNaming = JitRuleNaming.BEFORE_MAY_2023;
        return this;
    }

    /**
     * JIT opens this VM through a firewall: the policy entry's {@code publicIpAddress} is the
     * firewall's, and requests carry {@code mappedPort} ({@link AzureFirewallBuilder#jitDnat}).
     */
    public VmBuilder jitThroughFirewall(AzureFirewallBuilder firewall) {
        this.jitFirewall = firewall;
        return this;
    }

    /** A request in the policy's history; an open one also gets JIT's allow rule in the VM's NSGs. */
    public VmBuilder jitRequest(JitRequest request) {
        jitRequests.add(request);
        return this;
    }

    /**
     * An allow rule named, described and shaped like JIT's (protocol {@code *}, to the VM's private
     * IP, at 100+) with no open request behind it: left after its request ended, or written by hand.
     */
    public VmBuilder jitAllowWithoutOpenRequest(int port, String source) {
        jitAllowsLeftBehind.add(new LeftBehindAllow(port, source));
        return this;
    }

    /** A VM of a Flexible scale set: {@code properties.virtualMachineScaleSet.id}, and every VM check as usual. */
    public VmBuilder inScaleSet(ScaleSetBuilder flexible) {
        if (flexible.mode != ScaleSetBuilder.Mode.FLEXIBLE) {
            throw new IllegalArgumentException(flexible.name + " is not Flexible: Uniform instances are no virtualMachines");
        }
        this.scaleSet = flexible;
        return this;
    }

    /** Created from a specialised disk: no osProfile, the OS only in {@code osDisk.osType}. */
    public VmBuilder fromSpecialisedDisk() {
        this.hasOsProfile = false;
        return this;
    }

    /** No {@code networkProfile} at all (a gap readers must tolerate). */
    public VmBuilder withoutNetworkProfile() {
        requireNoNics("withoutNetworkProfile");
        this.hasNetworkProfile = false;
        return this;
    }

    /** The VM exists from this day of the estate's history on (see {@link EstateBuilder#onDay}). */
    public VmBuilder createdOn(int day) {
        this.createdOn = day;
        return this;
    }

    /**
     * The VM, its NICs, the NSGs and public IPs made for it, and its JIT entry exist until the day
     * before this one (see {@link EstateBuilder#onDay}).
     */
    public VmBuilder deletedOn(int day) {
        this.deletedOn = day;
        return this;
    }

    /** Whether the VM exists on the day being built. */
    public boolean exists() {
        int day = resourceGroup.subscription.estate.day();
        return day >= createdOn && (deletedOn == null || day < deletedOn);
    }

    public VmBuilder tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    public VmBuilder size(String size) {
        this.size = size;
        return this;
    }

    public VmBuilder zone(String zone) {
        this.zone = zone;
        return this;
    }

    public String id() {
        return id;
    }

    boolean inJitPolicy() {
        return jitPorts != null;
    }

    private void requireNoNics(String method) {
        if (!nics.isEmpty()) {
            throw new IllegalStateException(name + ": call " + method + " before adding NICs");
        }
    }

    /** A JIT-shaped allow rule without an open request. */
    record LeftBehindAllow(int port, String source) {
    }
}
