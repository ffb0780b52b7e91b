package dev.portcullis.simulator.estate.builder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A network security group: user rules in the order given (ARM does not sort them by priority),
 * then the rules JIT writes when the estate is built.
 */
public final class NsgBuilder {

    private static final int FIRST_JIT_DENY_PRIORITY = 1000;
    private static final int FIRST_JIT_ALLOW_PRIORITY = 100;

    final ResourceGroupBuilder resourceGroup;
    final String name;
    final String location;
    final String id;
    final List<SecurityRule> rules = new ArrayList<>();
    private final Set<String> ruleNames = new HashSet<>();
    /** The VM it was made for by {@link NicBuilder#ownNsg}, or {@code null}: it exists while that VM does. */
    VmBuilder owner;
    private int nextJitDenyPriority = FIRST_JIT_DENY_PRIORITY;
    private int nextJitAllowPriority = FIRST_JIT_ALLOW_PRIORITY;

    NsgBuilder(ResourceGroupBuilder resourceGroup, String name, String location) {
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.id = resourceGroup.subscription.id(resourceGroup.name, "Microsoft.Network/networkSecurityGroups", name);
    }

    /** An inbound allow with a generated name, e.g. {@code AllowTcp22FromInternet}. */
    public NsgBuilder allowInbound(int priority, String protocol, String source, String port) {
        return add(SecurityRule.inbound(generatedName("Allow", protocol, source, port))
                .allow().priority(priority).protocol(protocol).from(source).port(port));
    }

    public NsgBuilder denyInbound(int priority, String protocol, String source, String port) {
        return add(SecurityRule.inbound(generatedName("Deny", protocol, source, port))
                .deny().priority(priority).protocol(protocol).from(source).port(port));
    }

    public NsgBuilder add(SecurityRule.Builder rule) {
        return add(rule.build());
    }

    public NsgBuilder add(SecurityRule rule) {
        if (!ruleNames.add(rule.name)) {
            throw new IllegalArgumentException(name + " already has a rule named " + rule.name);
        }
        rules.add(rule);
        return this;
    }

    public String id() {
        return id;
    }

    boolean exists() {
        return owner == null || owner.exists();
    }

    /** The deny rule JIT keeps on a covered port: protocol {@code *}, from {@code *} to the VM's private IP, at 1000+. */
    void addJitDeny(VmBuilder vm, String destination, JitPort port) {
        String seed = id() + vm.id() + "deny" + port.number();
        add(SecurityRule.inbound(vm.jitRuleNaming.nsgRuleName(seed))
                .deny().priority(nextJitDenyPriority++).anyProtocol()
                .from("*").to(destination).port(port.number())
                .description(vm.jitRuleNaming.description(JitPolicyJson.POLICY_NAME, vm.name)));
    }

    /**
     * The allow rule JIT writes while a request is open: protocol {@code *}, from the request's
     * source to the VM's private IP, at 100+.
     */
    void addJitAllow(VmBuilder vm, String destination, int port, String source) {
        String seed = id() + vm.id() + "allow" + port + source;
        add(SecurityRule.inbound(vm.jitRuleNaming.nsgRuleName(seed))
                .allow().priority(nextJitAllowPriority++).anyProtocol()
                .from(source).to(destination).port(port)
                .description(vm.jitRuleNaming.description(JitPolicyJson.POLICY_NAME, vm.name)));
    }

    private static String generatedName(String access, String protocol, String source, String port) {
        String protocolName = "*".equals(protocol) ? "Any" : protocol;
        String sourceName = "*".equals(source) ? "Any" : source.replaceAll("[^A-Za-z0-9]", "_");
        return access + protocolName + port.replace("*", "Any").replace('-', '_') + "From" + sourceName;
    }
}
