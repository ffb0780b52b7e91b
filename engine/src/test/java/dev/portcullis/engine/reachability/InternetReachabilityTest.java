package dev.portcullis.engine.reachability;

import static dev.portcullis.engine.testing.Rules.ASG;
import static dev.portcullis.engine.testing.Rules.NIC_IP;
import static dev.portcullis.engine.testing.Rules.allow;
import static dev.portcullis.engine.testing.Rules.deny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.engine.inventory.IpConfiguration;
import dev.portcullis.engine.inventory.NetworkInterface;
import dev.portcullis.engine.inventory.NetworkSecurityGroup;
import dev.portcullis.engine.inventory.PublicIpAddress;
import dev.portcullis.engine.inventory.PublicIpAddress.Sku;
import dev.portcullis.engine.inventory.SecurityRule;
import dev.portcullis.engine.inventory.Subnet;
import dev.portcullis.engine.testing.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Azure's inbound NSG semantics, one case per rule of the evaluation, named after what it pins. */
class InternetReachabilityTest {

    private static final String SUBNET_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/"
            + "virtualNetworks/vnet/subnets/web";
    private static final String NIC_NSG = "nsg-nic";
    private static final String SUBNET_NSG = "nsg-subnet";
    private static final String PIP = "pip-web";

    /** A path: the subnet's NSG rules (null: no NSG), the NIC's (null: no NSG), the public IP and the target port. */
    record Path(List<Rules.Rule> subnetRules, List<Rules.Rule> nicRules, Sku sku, boolean publicIp,
                boolean publicIpListed, String privateIp, List<String> asgs, int port) {

        static Path nic(Rules.Rule... rules) {
            return new Path(null, List.of(rules), Sku.STANDARD, true, true, NIC_IP, List.of(), 22);
        }

        static Path subnet(Rules.Rule... rules) {
            return new Path(List.of(rules), null, Sku.STANDARD, true, true, NIC_IP, List.of(), 22);
        }

        static Path both(List<Rules.Rule> subnet, List<Rules.Rule> nic) {
            return new Path(subnet, nic, Sku.STANDARD, true, true, NIC_IP, List.of(), 22);
        }

        static Path noNsg(Sku sku) {
            return new Path(null, null, sku, true, true, NIC_IP, List.of(), 22);
        }

        Path port(int value) {
            return new Path(subnetRules, nicRules, sku, publicIp, publicIpListed, privateIp, asgs, value);
        }

        Path withoutPublicIp() {
            return new Path(subnetRules, nicRules, sku, false, publicIpListed, privateIp, asgs, port);
        }

        Path publicIpNotListed() {
            return new Path(subnetRules, nicRules, sku, publicIp, false, privateIp, asgs, port);
        }

        Path memberOf(String asgId) {
            return new Path(subnetRules, nicRules, sku, publicIp, publicIpListed, privateIp, List.of(asgId), port);
        }

        Path privateIp(String value) {
            return new Path(subnetRules, nicRules, sku, publicIp, publicIpListed, value, asgs, port);
        }

        List<PortExposure> evaluate() {
            Optional<NetworkSecurityGroup> subnetNsg = Optional.ofNullable(subnetRules).map(r -> nsg(SUBNET_NSG, r));
            Optional<NetworkSecurityGroup> nicNsg = Optional.ofNullable(nicRules).map(r -> nsg(NIC_NSG, r));
            Subnet subnet = new Subnet(SUBNET_ID, "web", List.of("10.0.1.0/24"), subnetNsg.map(n -> n.id()).orElse(null));
            PublicIpAddress pip = new PublicIpAddress(PIP, PIP, "20.78.1.2", sku, null);
            IpConfiguration ipc = new IpConfiguration("ipc", "ipconfig1", privateIp, SUBNET_ID,
                    publicIp ? PIP : null, asgs);
            NetworkInterface nic = new NetworkInterface("nic", "nic", "vm", nicNsg.map(n -> n.id()).orElse(null),
                    List.of(ipc));
            TestNetwork network = new TestNetwork().with(subnet);
            subnetNsg.ifPresent(network::with);
            nicNsg.ifPresent(network::with);
            if (publicIpListed) {
                network.with(pip);
            }
            return new InternetReachability(network).exposures(List.of(nic), Set.of(port), JitAccess.NONE);
        }

        private static NetworkSecurityGroup nsg(String name, List<Rules.Rule> rules) {
            List<SecurityRule> all = new ArrayList<>(rules.stream().map(Rules.Rule::build).toList());
            all.addAll(Rules.defaults());
            return new NetworkSecurityGroup(name, name, all);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Sources: which addresses count as the internet
                exposed("allow from Internet tag exposes", Path.nic(allow(300, "22", "Internet"))),
                exposed("allow from * exposes", Path.nic(allow(300, "22", "*"))),
                exposed("allow from 0.0.0.0/0 exposes", Path.nic(allow(300, "22", "0.0.0.0/0"))),
                exposed("allow from Any exposes", Path.nic(allow(300, "22", "Any"))),
                exposed("allow from one public address exposes", Path.nic(allow(300, "22", "8.8.8.8"))),
                exposed("allow from a public /32 exposes", Path.nic(allow(300, "22", "203.0.113.7/32"))),
                exposed("allow from 11.0.0.0/8 just outside 10/8 exposes", Path.nic(allow(300, "22", "11.0.0.0/8"))),
                exposed("allow from 172.32.0.0/16 just outside 172.16/12 exposes",
                        Path.nic(allow(300, "22", "172.32.0.0/16"))),
                closed("allow from RFC 1918 10/8 does not expose", Path.nic(allow(300, "22", "10.0.0.0/8"))),
                closed("allow from RFC 1918 172.16/12 does not expose", Path.nic(allow(300, "22", "172.16.0.0/12"))),
                closed("allow from RFC 1918 192.168/16 does not expose", Path.nic(allow(300, "22", "192.168.1.0/24"))),
                closed("allow from shared 100.64/10 does not expose", Path.nic(allow(300, "22", "100.64.0.0/10"))),
                closed("allow from loopback does not expose", Path.nic(allow(300, "22", "127.0.0.1"))),
                closed("allow from link-local does not expose", Path.nic(allow(300, "22", "169.254.0.0/16"))),
                closed("allow from multicast does not expose", Path.nic(allow(300, "22", "224.0.0.0/4"))),
                closed("allow from reserved 240/4 does not expose", Path.nic(allow(300, "22", "240.0.0.0/4"))),
                closed("allow from 0.0.0.0/8 does not expose", Path.nic(allow(300, "22", "0.0.0.0/8"))),
                closed("allow from VirtualNetwork does not expose", Path.nic(allow(300, "22", "VirtualNetwork"))),
                closed("allow from AzureLoadBalancer does not expose",
                        Path.nic(allow(300, "22", "AzureLoadBalancer"))),
                exposed("allow from AzureCloud service tag counts as exposure", Path.nic(allow(300, "22", "AzureCloud"))),
                exposed("allow from a regional service tag counts as exposure",
                        Path.nic(allow(300, "22", "AzureCloud.japaneast"))),
                closed("allow from ::/0 does not open IPv4", Path.nic(allow(300, "22", "::/0"))),
                closed("allow from an IPv6 prefix does not open IPv4", Path.nic(allow(300, "22", "2001:db8::/32"))),
                closed("allow from a source ASG never matches internet sources",
                        Path.nic(allow(300, "22").fromAsg(ASG))),
                // Plural and singular fields together
                exposed("plural sources with 0.0.0.0/0 among private ones expose",
                        Path.nic(allow(300, "22", "10.0.0.0/8", "0.0.0.0/0"))),
                closed("plural sources all private do not expose",
                        Path.nic(allow(300, "22", "10.0.0.0/8", "192.168.0.0/16"))),
                exposed("plural ports with 22 among others expose", Path.nic(allow(300, "80,443,22", "Internet"))),
                exposed("plural port range covering 3389 exposes 3389",
                        Path.nic(allow(300, "3380-3390", "Internet")).port(3389)),
                exposed("union of singular 22 and plural 3389 exposes 3389",
                        Path.nic(allow(300, "22,3389", "Internet")).port(3389)),
                // Ports
                exposed("port range 20-25 covers 22", Path.nic(allow(300, "20-25", "Internet"))),
                closed("port range 23-25 does not cover 22", Path.nic(allow(300, "23-25", "Internet"))),
                exposed("port * covers 22", Path.nic(allow(300, "*", "Internet"))),
                exposed("WinRM range 5985-5986 covers 5986", Path.nic(allow(300, "5985-5986", "Internet")).port(5986)),
                exposed("custom port 2222 allowed is exposed", Path.nic(allow(300, "2222", "Internet")).port(2222)),
                closed("allow on 2222 does not expose 22", Path.nic(allow(300, "2222", "Internet"))),
                // Priority: the first matching rule decides, per address
                closed("deny Internet before allow * closes", Path.nic(deny(100, "22", "Internet"),
                        allow(200, "22", "*"))),
                exposed("allow * before deny Internet exposes", Path.nic(allow(100, "22", "*"),
                        deny(200, "22", "Internet"))),
                exposed("deny 0.0.0.0/1 then allow * still exposes 128.0.0.0/1",
                        Path.nic(deny(100, "22", "0.0.0.0/1"), allow(200, "22", "*"))),
                closed("deny both halves then allow * closes",
                        Path.nic(deny(100, "22", "0.0.0.0/1"), deny(110, "22", "128.0.0.0/1"), allow(200, "22", "*"))),
                closed("deny plural halves then allow * closes",
                        Path.nic(deny(100, "22", "0.0.0.0/1", "128.0.0.0/1"), allow(200, "22", "*"))),
                closed("rules listed out of order are evaluated by priority",
                        Path.nic(allow(300, "22", "*"), deny(200, "22", "*"))),
                closed("default DenyAllInBound closes when nothing allows", Path.nic()),
                closed("user deny at 4000 shadows allow at 4096",
                        Path.nic(deny(4000, "22", "*"), allow(4096, "22", "Internet"))),
                exposed("deny on a service tag is not credited with closing anything",
                        Path.nic(deny(100, "22", "AzureCloud"), allow(200, "22", "*"))),
                exposed("deny on 8.0.0.0/8 leaves the rest of the internet open",
                        Path.nic(deny(100, "22", "8.0.0.0/8"), allow(200, "22", "*"))),
                // Protocol
                closed("Udp allow does not open TCP", Path.nic(allow(300, "22", "*").protocol("Udp"))),
                closed("Icmp allow does not open TCP", Path.nic(allow(300, "22", "*").protocol("Icmp"))),
                exposed("protocol * matches TCP", Path.nic(allow(300, "22", "*").protocol("*"))),
                exposed("protocol Any matches TCP", Path.nic(allow(300, "22", "*").protocol("Any"))),
                exposed("protocol TCP in capitals matches", Path.nic(allow(300, "22", "*").protocol("TCP"))),
                exposed("deny Udp does not stop a later TCP allow",
                        Path.nic(deny(100, "22", "*").protocol("Udp"), allow(200, "22", "*"))),
                closed("deny * protocol stops a later TCP allow",
                        Path.nic(deny(100, "22", "*").protocol("*"), allow(200, "22", "*"))),
                // Direction
                closed("outbound allow is ignored", Path.nic(allow(300, "22", "*").outbound())),
                exposed("outbound deny does not stop an inbound allow",
                        Path.nic(deny(100, "22", "*").outbound(), allow(200, "22", "*"))),
                // Destinations
                exposed("destination equal to the NIC address matches", Path.nic(allow(300, "22", "*").to(NIC_IP))),
                closed("destination another address does not match", Path.nic(allow(300, "22", "*").to("10.0.1.5"))),
                exposed("destination CIDR holding the NIC address matches",
                        Path.nic(allow(300, "22", "*").to("10.0.1.0/24"))),
                closed("destination CIDR without the NIC address does not match",
                        Path.nic(allow(300, "22", "*").to("10.0.2.0/24"))),
                exposed("destination VirtualNetwork matches", Path.nic(allow(300, "22", "*").to("VirtualNetwork"))),
                closed("destination Internet tag does not match a private address",
                        Path.nic(allow(300, "22", "*").to("Internet"))),
                exposed("plural destinations with the NIC address match",
                        Path.nic(allow(300, "22", "*").to("10.0.9.9", NIC_IP))),
                exposed("destination ASG the configuration belongs to matches",
                        Path.nic(allow(300, "22", "*").toAsg(ASG)).memberOf(ASG)),
                closed("destination ASG the configuration is not in does not match",
                        Path.nic(allow(300, "22", "*").toAsg(ASG))),
                exposed("unknown private address is covered by any destination (unknown is not safe)",
                        Path.nic(allow(300, "22", "*").to("10.0.2.0/24")).privateIp(null)),
                // Two levels, SKU and public IP
                closed("subnet allows but NIC denies", Path.both(List.of(allow(300, "22", "*")),
                        List.of(deny(100, "22", "*")))),
                closed("subnet denies but NIC allows", Path.both(List.of(deny(100, "22", "*")),
                        List.of(allow(300, "22", "*")))),
                exposed("subnet and NIC both allow", Path.both(List.of(allow(300, "22", "*")),
                        List.of(allow(300, "22", "Internet")))),
                closed("subnet and NIC allow disjoint halves: nothing passes both",
                        Path.both(List.of(allow(300, "22", "0.0.0.0/1")), List.of(allow(300, "22", "128.0.0.0/1")))),
                exposed("subnet allows 1.0.0.0/8 and NIC allows *: 1.0.0.0/8 passes",
                        Path.both(List.of(allow(300, "22", "1.0.0.0/8")), List.of(allow(300, "22", "*")))),
                exposed("subnet NSG alone allowing exposes", Path.subnet(allow(300, "22", "Internet"))),
                closed("subnet NSG alone with defaults closes", Path.subnet()),
                exposed("no NSG anywhere with a Basic public IP is open", Path.noNsg(Sku.BASIC)),
                closed("no NSG anywhere with a Standard public IP is closed", Path.noNsg(Sku.STANDARD)),
                exposed("no NSG and an unlisted public IP is taken as open", Path.noNsg(Sku.STANDARD)
                        .publicIpNotListed()),
                exposed("Standard public IP with an NSG that allows is open", Path.nic(allow(300, "22", "*"))),
                closed("no public IP means no internet path", Path.nic(allow(300, "22", "*")).withoutPublicIp()),
                closed("Basic public IP behind an NSG with defaults is closed",
                        new Path(null, List.of(), Sku.BASIC, true, true, NIC_IP, List.of(), 22)));
    }

    private static Arguments exposed(String name, Path path) {
        return Arguments.of(name, path, true);
    }

    private static Arguments closed(String name, Path path) {
        return Arguments.of(name, path, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inboundTcpFromTheInternet(String name, Path path, boolean exposed) {
        assertThat(!path.evaluate().isEmpty()).as(name).isEqualTo(exposed);
    }
}
