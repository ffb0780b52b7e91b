package dev.portcullis.engine.testing;

import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.SecurityRule.Access;
import dev.portcullis.engine.inventory.SecurityRule.Direction;
import java.util.ArrayList;
import java.util.List;

/** NSG rules for tests: {@code allow(300, "22", "Internet")}, with fluent variations. */
public final class Rules {

    public static final String NIC_IP = "10.0.1.4";
    public static final String ASG = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/web";

    private Rules() {
    }

    public static Rule allow(int priority, String port, String... sources) {
        return new Rule("user-allow-" + priority, priority, Access.ALLOW, port, sources);
    }

    public static Rule deny(int priority, String port, String... sources) {
        return new Rule("user-deny-" + priority, priority, Access.DENY, port, sources);
    }

    /** The three inbound default rules every NSG has. */
    public static List<SecurityRule> defaults() {
        return List.of(
                new Rule("AllowVnetInBound", 65000, Access.ALLOW, "*", "VirtualNetwork").to("VirtualNetwork")
                        .asDefault().build(),
                new Rule("AllowAzureLoadBalancerInBound", 65001, Access.ALLOW, "*", "AzureLoadBalancer").asDefault()
                        .build(),
                new Rule("DenyAllInBound", 65500, Access.DENY, "*", "*").asDefault().build());
    }

    public static final class Rule {
        private String name;
        private final int priority;
        private final Access access;
        private Direction direction = Direction.INBOUND;
        private String protocol = "Tcp";
        private final List<String> sources;
        private final List<String> sourceAsgs = new ArrayList<>();
        private List<String> destinations = List.of("*");
        private final List<String> destinationAsgs = new ArrayList<>();
        private final List<String> ports;
        private boolean isDefault;

        public Rule(String name, int priority, Access access, String port, String... sources) {
            this.name = name;
            this.priority = priority;
            this.access = access;
            this.ports = port == null ? List.of() : List.of(port.split(","));
            this.sources = List.of(sources);
        }

        public Rule named(String ruleName) {
            this.name = ruleName;
            return this;
        }

        public Rule protocol(String value) {
            this.protocol = value;
            return this;
        }

        public Rule outbound() {
            this.direction = Direction.OUTBOUND;
            return this;
        }

        public Rule to(String... destinationPrefixes) {
            this.destinations = List.of(destinationPrefixes);
            return this;
        }

        public Rule toAsg(String asgId) {
            this.destinations = List.of();
            this.destinationAsgs.add(asgId);
            return this;
        }

        public Rule fromAsg(String asgId) {
            this.sourceAsgs.add(asgId);
            return this;
        }

        public Rule asDefault() {
            this.isDefault = true;
            return this;
        }

        public SecurityRule build() {
            return new SecurityRule(name, priority, direction, access, protocol, sources, sourceAsgs, destinations,
                    destinationAsgs, ports, isDefault);
        }
    }
}
