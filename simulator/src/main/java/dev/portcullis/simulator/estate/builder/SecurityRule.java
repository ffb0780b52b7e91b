package dev.portcullis.simulator.estate.builder;

import java.util.List;
import java.util.Objects;

/**
 * One NSG security rule as written in ARM. Address and port fields are kept in the form the rule
 * uses: a singular field ({@code sourceAddressPrefix}) or a plural one ({@code sourceAddressPrefixes});
 * the unused form is rendered as an empty list, or omitted / empty string for singular fields.
 */
public final class SecurityRule {

    /** Prefix of the NSG rules Defender's JIT writes since May 2023 (see {@link JitRuleNaming}). */
    public static final String JIT_RULE_PREFIX = JitRuleNaming.CURRENT.nsgRulePrefix();
    /** Prefix of the NSG rules JIT wrote before May 2023, still found on older VMs. */
    public static final String JIT_RULE_PREFIX_BEFORE_MAY_2023 = JitRuleNaming.BEFORE_MAY_2023.nsgRulePrefix();

    final String name;
    final String description;
    final int priority;
    final boolean inbound;
    final boolean allow;
    final String protocol;
    final String sourcePrefix;
    final List<String> sourcePrefixes;
    final List<String> sourceAsgIds;
    final String destinationPrefix;
    final List<String> destinationPrefixes;
    final List<String> destinationAsgIds;
    final String destinationPort;
    final List<String> destinationPorts;
    final boolean emptySingularFields;

    private SecurityRule(Builder builder) {
        this.name = Objects.requireNonNull(builder.name, "name");
        this.description = builder.description;
        this.priority = builder.priority;
        this.inbound = builder.inbound;
        this.allow = builder.allow;
        this.protocol = builder.protocol;
        this.sourcePrefix = builder.sourcePrefix;
        this.sourcePrefixes = List.copyOf(builder.sourcePrefixes);
        this.sourceAsgIds = List.copyOf(builder.sourceAsgIds);
        this.destinationPrefix = builder.destinationPrefix;
        this.destinationPrefixes = List.copyOf(builder.destinationPrefixes);
        this.destinationAsgIds = List.copyOf(builder.destinationAsgIds);
        this.destinationPort = builder.destinationPort;
        this.destinationPorts = List.copyOf(builder.destinationPorts);
        this.emptySingularFields = builder.emptySingularFields;
        if (priority < 100 || priority > 65500) {
            throw new IllegalArgumentException(name + ": priority out of range: " + priority);
        }
    }

    public static Builder inbound(String name) {
        return new Builder(name, true);
    }

    public static Builder outbound(String name) {
        return new Builder(name, false);
    }

    /** This rule as an element of {@code properties.securityRules} of the NSG {@code nsgId}, with that NSG's etag. */
    public String json(String nsgId, String etag) {
        return NetworkSecurityGroupJson.renderRule(nsgId, etag, this);
    }

    /** The six rules every NSG carries, as ARM lists them under {@code defaultSecurityRules}. */
    static List<SecurityRule> defaults() {
        return List.of(
                inbound("AllowVnetInBound").priority(65000).allow().anyProtocol()
                        .from("VirtualNetwork").to("VirtualNetwork").port("*")
                        .description("Allow inbound traffic from all VMs in VNET").build(),
                inbound("AllowAzureLoadBalancerInBound").priority(65001).allow().anyProtocol()
                        .from("AzureLoadBalancer").to("*").port("*")
                        .description("Allow inbound traffic from azure load balancer").build(),
                inbound("DenyAllInBound").priority(65500).deny().anyProtocol()
                        .from("*").to("*").port("*")
                        .description("Deny all inbound traffic").build(),
                outbound("AllowVnetOutBound").priority(65000).allow().anyProtocol()
                        .from("VirtualNetwork").to("VirtualNetwork").port("*")
                        .description("Allow outbound traffic from all VMs to all VMs in VNET").build(),
                outbound("AllowInternetOutBound").priority(65001).allow().anyProtocol()
                        .from("*").to("Internet").port("*")
                        .description("Allow outbound traffic from all VMs to Internet").build(),
                outbound("DenyAllOutBound").priority(65500).deny().anyProtocol()
                        .from("*").to("*").port("*")
                        .description("Deny all outbound traffic").build());
    }

    /** Fluent description of a rule; destination defaults to {@code *}, protocol to {@code Tcp}. */
    public static final class Builder {
        private final String name;
        private final boolean inbound;
        private String description;
        private int priority = -1;
        private boolean allow = true;
        private String protocol = "Tcp";
        private String sourcePrefix;
        private List<String> sourcePrefixes = List.of();
        private List<String> sourceAsgIds = List.of();
        private String destinationPrefix = "*";
        private List<String> destinationPrefixes = List.of();
        private List<String> destinationAsgIds = List.of();
        private String destinationPort;
        private List<String> destinationPorts = List.of();
        private boolean emptySingularFields;

        private Builder(String name, boolean inbound) {
            this.name = name;
            this.inbound = inbound;
        }

        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public Builder allow() {
            this.allow = true;
            return this;
        }

        public Builder deny() {
            this.allow = false;
            return this;
        }

        /** {@code Tcp}, {@code Udp}, {@code Icmp} or {@code *}, as ARM writes them. */
        public Builder protocol(String protocol) {
            this.protocol = protocol;
            return this;
        }

        public Builder anyProtocol() {
            return protocol("*");
        }

        /** Source in the singular field: {@code *}, a service tag, a CIDR or an address. */
        public Builder from(String prefix) {
            this.sourcePrefix = prefix;
            this.sourcePrefixes = List.of();
            return this;
        }

        /** Sources in the plural field {@code sourceAddressPrefixes}. */
        public Builder fromPrefixes(String... prefixes) {
            this.sourcePrefix = null;
            this.sourcePrefixes = List.of(prefixes);
            return this;
        }

        public Builder fromApplicationSecurityGroup(String asgId) {
            this.sourcePrefix = null;
            this.sourcePrefixes = List.of();
            this.sourceAsgIds = List.of(asgId);
            return this;
        }

        public Builder to(String prefix) {
            this.destinationPrefix = prefix;
            this.destinationPrefixes = List.of();
            return this;
        }

        public Builder toPrefixes(String... prefixes) {
            this.destinationPrefix = null;
            this.destinationPrefixes = List.of(prefixes);
            return this;
        }

        public Builder toApplicationSecurityGroup(String asgId) {
            this.destinationPrefix = null;
            this.destinationPrefixes = List.of();
            this.destinationAsgIds = List.of(asgId);
            return this;
        }

        /** Destination port in the singular field: {@code *}, {@code 22} or {@code 20-25}. */
        public Builder port(String port) {
            this.destinationPort = port;
            this.destinationPorts = List.of();
            return this;
        }

        public Builder port(int port) {
            return port(Integer.toString(port));
        }

        /** Destination ports in the plural field {@code destinationPortRanges}. */
        public Builder portRanges(String... ports) {
            this.destinationPort = null;
            this.destinationPorts = List.of(ports);
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Write unused singular fields as {@code ""} instead of leaving them out (seen in some payloads). */
        public Builder emptySingularFields() {
            this.emptySingularFields = true;
            return this;
        }

        public SecurityRule build() {
            if (sourcePrefix == null && sourcePrefixes.isEmpty() && sourceAsgIds.isEmpty()) {
                throw new IllegalStateException(name + ": no source");
            }
            if (destinationPort == null && destinationPorts.isEmpty()) {
                throw new IllegalStateException(name + ": no destination port");
            }
            return new SecurityRule(this);
        }
    }
}
