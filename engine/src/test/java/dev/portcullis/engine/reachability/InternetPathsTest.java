package dev.portcullis.engine.reachability;

import static dev.portcullis.engine.testing.Rules.allow;
import static dev.portcullis.engine.testing.Rules.deny;
import static dev.portcullis.engine.reachability.Site.IPC_ID;
import static dev.portcullis.engine.reachability.Site.LoadBalancerDraft.POOL;
import static dev.portcullis.engine.reachability.Site.RG;
import static dev.portcullis.engine.reachability.Site.dnat;
import static dev.portcullis.engine.reachability.Site.firewall;
import static dev.portcullis.engine.reachability.Site.lb;
import static dev.portcullis.engine.reachability.Site.publicIpResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.inventory.DnatRule;
import dev.portcullis.engine.inventory.FirewallPolicy;
import dev.portcullis.engine.inventory.LoadBalancer.Sku;
import dev.portcullis.engine.inventory.PublicIpAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way in besides a NIC's IPv4 public IP (which {@link InternetReachabilityTest} pins): IPv6, load balancers,
 * Azure Firewall DNAT, and JIT's rules proven by running requests. One case per rule, named after what it pins.
 */
class InternetPathsTest {

    enum Verdict { EXPOSED, THROUGH_JIT_ONLY, CLOSED }

    private static final String V6 = "2603:1030:20e:3::17a";
    private static final String LB_V4 = RG + "publicIPAddresses/pip-lb";
    private static final String LB_V6 = RG + "publicIPAddresses/pip-lb6";
    private static final String JIT_ALLOW = "MicrosoftDefenderForCloud-JITRule_-1234_4C8B2B6D1E3A4F5B9C0D1E2F3A4B5C6D";
    private static final String JIT_DENY = "MicrosoftDefenderForCloud-JITRule_-5678_0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    private static final String POLICY_ID = RG + "firewallPolicies/fwp-hub";

    static Stream<Arguments> cases() {
        return Stream.of(
                // IPv6: families never mix
                closed("IPv6 public IP is not opened by an allow from 0.0.0.0/0",
                        Site.vm().nicNsg(allow(300, "22", "0.0.0.0/0")).publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                exposed("IPv6 public IP is opened by an allow from ::/0", "2603:1030:20e:3::17a",
                        Site.vm().nicNsg(allow(300, "22", "::/0")).publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                exposed("IPv6 public IP is opened by an allow from Internet", "reachable from 2000::",
                        Site.vm().nicNsg(allow(300, "22", "Internet")).publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                closed("IPv6 documentation space 2001:DB8::/32 is no internet source",
                        Site.vm().nicNsg(allow(300, "22", "2001:DB8::/32")).publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                exposed("an IPv6 deny of 2000::/4 leaves 3000::/4 open to a later allow *", "reachable from 3000::",
                        Site.vm().nicNsg(deny(100, "22", "2000::/4"), allow(200, "22", "*"))
                                .publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                closed("an IPv4-mapped IPv6 source is no internet source",
                        Site.vm().nicNsg(allow(300, "22", "::ffff:8.8.8.8")).publicIp(V6, PublicIpAddress.Sku.STANDARD)),
                // Load balancers
                exposed("classic NAT rule named by the NIC forwards 50001 to 22", "load balancer lb-web frontend "
                                + "20.10.0.1:50001 (inbound NAT rule nat-ssh) to backend port 22",
                        lbSite(lb(Sku.STANDARD, LB_V4).classicNat("nat-ssh", "Tcp", 50001, 22, null))
                                .inNatRules(LoadBalancerDraftIds.nat("nat-ssh"))),
                exposed("classic NAT rule naming the configuration forwards", "nat-ssh",
                        lbSite(lb(Sku.STANDARD, LB_V4).classicNat("nat-ssh", "Tcp", 50001, 22, IPC_ID))),
                exposed("NAT rule v2 forwards a port range to every pool member", ":50000-50099",
                        lbSite(lb(Sku.STANDARD, LB_V4).natV2("nat-v2", 50000, 50099, 22).poolMembers(IPC_ID))),
                exposed("load-balancing rule whose backend port is 22 forwards (membership from the NIC side)",
                        "load-balancing rule https-to-ssh",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("https-to-ssh", "Tcp", 443, 22, false)).inPools(POOL)),
                exposed("pool defined by address holds the configuration's private IP", "lb-web",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, false).poolAddresses("10.0.1.4"))),
                closed("pool defined by another address does not hold the configuration",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, false).poolAddresses("10.0.1.5"))),
                closed("frontend 22 to backend 8080 does not reach 22",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("alt", "Tcp", 22, 8080, false)).inPools(POOL)),
                closed("a Udp rule does not reach a TCP port",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("udp", "Udp", 22, 22, false)).inPools(POOL)),
                exposed("protocol All reaches TCP", "lb-web",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("all", "All", 22, 22, false)).inPools(POOL)),
                exposed("an unknown protocol leans to exposure", "lb-web",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("odd", "Sctp", 22, 22, false)).inPools(POOL)),
                exposed("a rule without a backend port leans to exposure", "lb-web",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("noport", "Tcp", 22, null, false)).inPools(POOL)),
                closed("an internal frontend is no internet entry",
                        lbSite(lb(Sku.STANDARD, null).rule("ssh", "Tcp", 22, 22, false)).inPools(POOL)),
                closed("HA ports (All, port 0) never form an internet path",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("ha", "All", 0, 0, false)).inPools(POOL)),
                exposed("a frontend missing from the load balancer counts as public", "lb-web",
                        lbSite(lb(Sku.STANDARD, LB_V4).rule("ghost", RG + "loadBalancers/lb-web/frontendIPConfigurations"
                                + "/gone", "Tcp", 22, 22, false)).inPools(POOL)),
                closed("the NSG's defaults close a forwarded port (AllowAzureLoadBalancerInBound is for probes)",
                        Site.vm().nicNsg().with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, false).build()).inPools(POOL)),
                closed("a backend without NSG behind a Standard load balancer is closed",
                        Site.vm().with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, false).build()).inPools(POOL)),
                exposed("a backend without NSG behind a Basic load balancer is open", "Basic load balancer",
                        Site.vm().with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.BASIC, LB_V4).rule("ssh", "Tcp", 22, 22, false).build()).inPools(POOL)),
                closed("without floating IP the NSG sees the backend's private IP, not the frontend's",
                        Site.vm().nicNsg(allow(300, "22", "Internet").to("20.10.0.1"))
                                .with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, false).build()).inPools(POOL)),
                exposed("with floating IP an allow to the frontend's IP counts (the packet carries it)", "floating IP",
                        Site.vm().nicNsg(allow(300, "22", "Internet").to("20.10.0.1"))
                                .with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, true).build()).inPools(POOL)),
                exposed("with floating IP an allow to the backend's IP still counts (Microsoft does not say which)",
                        "floating IP", Site.vm().nicNsg(allow(300, "22", "Internet").to(Site.PRIVATE_IP))
                                .with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, true).build()).inPools(POOL)),
                exposed("with floating IP a deny of only the backend's IP does not close the frontend's", "floating IP",
                        Site.vm().nicNsg(deny(100, "22", "*").to(Site.PRIVATE_IP), allow(300, "22", "Internet"))
                                .with(publicIpResource("pip-lb", "20.10.0.1"))
                                .with(lb(Sku.STANDARD, LB_V4).rule("ssh", "Tcp", 22, 22, true).build()).inPools(POOL)),
                closed("an IPv6 frontend is not opened by an allow from 0.0.0.0/0",
                        Site.vm().nicNsg(allow(300, "22", "0.0.0.0/0")).with(publicIpResource("pip-lb6", V6))
                                .with(lb(Sku.STANDARD, LB_V6).rule("ssh6", "Tcp", 22, 22, false).build()).inPools(POOL)),
                exposed("an IPv6 frontend is opened by an allow from ::/0", V6,
                        Site.vm().nicNsg(allow(300, "22", "::/0")).with(publicIpResource("pip-lb6", V6))
                                .with(lb(Sku.STANDARD, LB_V6).rule("ssh6", "Tcp", 22, 22, false).build()).inPools(POOL)),
                // Azure Firewall DNAT: the NSG sees the firewall's address, admitted by AllowVnetInBound
                exposed("a classic DNAT rule from * to 22 is an internet path", "via firewall fw-hub 52.0.0.10:50022",
                        Site.vm().nicNsg().with(firewall(null, dnat("dnat-admin", "ssh", "22", "*")))),
                exposed("a DNAT rule from a public range lets that range in", "reachable from 203.0.113.0 and more",
                        Site.vm().nicNsg().with(firewall(null, dnat("dnat-admin", "ssh", "22", "203.0.113.0/24")))),
                closed("a DNAT rule from private sources only is no internet path",
                        Site.vm().nicNsg().with(firewall(null, dnat("dnat-admin", "ssh", "22", "10.0.0.0/8")))),
                closed("a DNAT rule to another port does not reach 22",
                        Site.vm().nicNsg().with(firewall(null, dnat("dnat-web", "web", "8080", "*")))),
                exposed("a policy's DNAT rule applies through the firewall using the policy", "of policy fwp-hub",
                        Site.vm().nicNsg().with(new FirewallPolicy(POLICY_ID, "fwp-hub", null,
                                List.of(dnat("dnat-admin", "ssh", "22", "*")))).with(firewall(POLICY_ID))),
                exposed("a base policy's DNAT rule applies through a firewall using the child policy",
                        "of policy fwp-base", Site.vm().nicNsg()
                                .with(new FirewallPolicy(RG + "firewallPolicies/fwp-base", "fwp-base", null,
                                        List.of(dnat("dnat-admin", "ssh", "22", "*"))))
                                .with(new FirewallPolicy(POLICY_ID, "fwp-hub", RG + "firewallPolicies/fwp-base",
                                        List.of())).with(firewall(POLICY_ID))),
                exposed("a policy's DNAT rule named MDC-JIT is never JIT's (JIT writes classic rules only)",
                        "of policy fwp-hub", Site.vm().nicNsg().with(new FirewallPolicy(POLICY_ID, "fwp-hub", null,
                                List.of(dnat("MDC-JIT", "jit-rule-1", "22", "203.0.113.7")))).with(firewall(POLICY_ID))
                                .running(22, "203.0.113.7")),
                exposed("an IP group source cannot be resolved and counts as everyone", "IP groups",
                        Site.vm().nicNsg().with(firewall(null, new DnatRule("dnat-admin", "ssh", 200, List.of("TCP"),
                                List.of(), List.of(RG + "ipGroups/admins"), List.of("52.0.0.10"), List.of("50022"),
                                Site.PRIVATE_IP, "22")))),
                closed("an NSG denying VirtualNetwork on 22 above AllowVnetInBound stops the translated traffic",
                        Site.vm().nicNsg(deny(100, "22", "VirtualNetwork"))
                                .with(firewall(null, dnat("dnat-admin", "ssh", "22", "*")))),
                closed("an NSG denying the firewall's own address stops the translated traffic",
                        Site.vm().nicNsg(deny(100, "22", Site.FIREWALL_IP))
                                .with(firewall(null, dnat("dnat-admin", "ssh", "22", "*")))),
                exposed("a DNAT path with no NSG at all is open", "no NSG",
                        Site.vm().with(firewall(null, dnat("dnat-admin", "ssh", "22", "*")))),
                closed("a DNAT rule to another VM's address does not reach this one",
                        Site.vm().privateIp("10.0.1.5").nicNsg().with(firewall(null, dnat("dnat-admin", "ssh", "22",
                                "*")))),
                // JIT's rules, proven by running requests
                throughJitOnly("today's JIT name with a running request from the same source is JIT working",
                        jitSite(JIT_ALLOW, "203.0.113.7").running(22, "203.0.113.7")),
                throughJitOnly("JIT's name is matched in any case",
                        jitSite(JIT_ALLOW.toLowerCase(), "203.0.113.7").running(22, "203.0.113.7")),
                throughJitOnly("the name used before May 2023 is JIT's too",
                        jitSite("SecurityCenter-JITRule_-1234_Allow", "203.0.113.7").running(22, "203.0.113.7")),
                throughJitOnly("a running request from a range covers a rule from one address in it",
                        jitSite(JIT_ALLOW, "203.0.113.7").running(22, "203.0.113.0/24")),
                exposed("a JIT-named allow whose request was revoked is left behind", "left behind",
                        jitSite(JIT_ALLOW, "203.0.113.7").request(Site.VM_ID, 22, "203.0.113.7",
                                "2026-11-29T13:00:00Z", "Revoked")),
                exposed("a JIT-named allow whose Initiated request has ended is left behind", "left behind",
                        jitSite(JIT_ALLOW, "203.0.113.7").request(Site.VM_ID, 22, "203.0.113.7",
                                "2026-11-29T11:30:00Z", "Initiated")),
                exposed("a JIT-named allow wider than the running request is an ordinary allow", "opens more",
                        jitSite(JIT_ALLOW, "*").running(22, "203.0.113.7")),
                exposed("a JIT-named allow without any request is only named like JIT's", "no JIT request",
                        jitSite(JIT_ALLOW, "203.0.113.7")),
                exposed("a running request for another port does not prove a rule on 22", "no JIT request",
                        jitSite(JIT_ALLOW, "203.0.113.7").running(3389, "203.0.113.7")),
                exposed("a running request for another VM does not prove this VM's rule", "no JIT request",
                        jitSite(JIT_ALLOW, "203.0.113.7").request(Site.VM_ID + "-other", 22, "203.0.113.7",
                                "2026-11-29T13:00:00Z", "Initiated")),
                exposed("a request whose end time is unreadable is not running", "left behind",
                        jitSite(JIT_ALLOW, "203.0.113.7").request(Site.VM_ID, 22, "203.0.113.7", "soon",
                                "Initiated")),
                exposed("a request whose end time is missing is not running", "left behind",
                        jitSite(JIT_ALLOW, "203.0.113.7").request(Site.VM_ID, 22, "203.0.113.7", null,
                                "Initiated")),
                closed("JIT's deny behaves as any deny",
                        Site.vm().nicNsg(deny(1000, "22", "*").named(JIT_DENY), allow(2000, "22", "Internet"))
                                .publicIp("20.78.1.2", PublicIpAddress.Sku.STANDARD)),
                throughJitOnly("a firewall DNAT rule in JIT's MDC-JIT collection with a running request is JIT working",
                        Site.vm().nicNsg().with(firewall(null, dnat("MDC-JIT", "jit-rule-1", "22", "203.0.113.7")))
                                .running(22, "203.0.113.7")),
                exposed("a firewall DNAT rule in ASC-JIT after its request ended is left behind", "left behind",
                        Site.vm().nicNsg().with(firewall(null, dnat("ASC-JIT", "jit-rule-1", "22", "203.0.113.7")))
                                .request(Site.VM_ID, 22, "203.0.113.7", "2026-11-29T10:00:00Z", "Revoked")));
    }

    /** Ids in the load balancer of {@link Site#lb}. */
    private static final class LoadBalancerDraftIds {
        static String nat(String name) {
            return Site.LoadBalancerDraft.ID + "/inboundNatRules/" + name;
        }
    }

    /** The VM without a public IP, its NSG allowing 22 from Internet, behind {@code lb} (frontend 20.10.0.1). */
    private static Site lbSite(Site.LoadBalancerDraft lb) {
        return Site.vm().nicNsg(allow(300, "22", "Internet")).with(publicIpResource("pip-lb", "20.10.0.1"))
                .with(publicIpResource("pip-lb6", V6)).with(lb.build());
    }

    /** A public IP, JIT's deny at 1000 and a JIT-named allow from {@code source} at 100. */
    private static Site jitSite(String allowName, String source) {
        return Site.vm().nicNsg(allow(100, "22", source).named(allowName).protocol("*"),
                deny(1000, "22", "*").named(JIT_DENY).protocol("*")).publicIp("20.78.1.2", PublicIpAddress.Sku.STANDARD);
    }

    private static Arguments exposed(String name, String detail, Site site) {
        return Arguments.of(name, site, Verdict.EXPOSED, detail);
    }

    private static Arguments throughJitOnly(String name, Site site) {
        return Arguments.of(name, site, Verdict.THROUGH_JIT_ONLY, null);
    }

    private static Arguments closed(String name, Site site) {
        return Arguments.of(name, site, Verdict.CLOSED, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pathsDecideAsAzureForwards(String name, Site site, Verdict verdict, String detail) {
        List<PortExposure> exposures = site.evaluate(22);

        switch (verdict) {
            case CLOSED -> assertThat(exposures).as(name).isEmpty();
            case THROUGH_JIT_ONLY -> {
                assertThat(exposures).as(name).isNotEmpty();
                assertThat(exposures).as(name).allSatisfy(e -> assertThat(e.outsideJit().isEmpty()).isTrue());
            }
            case EXPOSED -> {
                List<PortExposure> outside = exposures.stream().filter(e -> !e.outsideJit().isEmpty()).toList();
                assertThat(outside).as(name).isNotEmpty();
                assertThat(outside.stream().map(e -> e.describe(e.outsideJit())).toList()).as(name)
                        .anySatisfy(text -> assertThat(text).contains(detail));
            }
        }
    }
}
