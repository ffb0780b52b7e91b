package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.CheckIds.VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED;
import static dev.portcullis.simulator.estate.DemoHistory.*;
import static dev.portcullis.simulator.estate.DemoScenarios.*;
import static dev.portcullis.simulator.estate.Expectation.FAIL;
import static dev.portcullis.simulator.estate.Expectation.PASS;
import static dev.portcullis.simulator.estate.builder.JitPort.port;
import static dev.portcullis.simulator.estate.builder.JitPort.portFromEach;
import static dev.portcullis.simulator.estate.builder.PublicIpSku.BASIC;
import static dev.portcullis.simulator.estate.builder.PublicIpSku.STANDARD;
import static dev.portcullis.simulator.estate.builder.SecurityRule.inbound;
import static dev.portcullis.simulator.estate.builder.SecurityRule.outbound;

import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.estate.builder.AzureFirewallBuilder;
import dev.portcullis.simulator.estate.builder.DnatRule;
import dev.portcullis.simulator.estate.builder.FirewallPolicyBuilder;
import dev.portcullis.simulator.estate.builder.NatRuleCollection;
import dev.portcullis.simulator.estate.builder.BackendPoolBuilder;
import dev.portcullis.simulator.estate.builder.DefenderPlan;
import dev.portcullis.simulator.estate.builder.FrontendBuilder;
import dev.portcullis.simulator.estate.builder.InboundNatPoolBuilder;
import dev.portcullis.simulator.estate.builder.OsKind;
import dev.portcullis.simulator.estate.builder.ScaleSetBuilder;
import dev.portcullis.simulator.estate.builder.InboundNatRuleBuilder;
import dev.portcullis.simulator.estate.builder.LoadBalancerBuilder;
import dev.portcullis.simulator.estate.builder.LoadBalancerSku;
import dev.portcullis.simulator.estate.builder.EstateBuilder;
import dev.portcullis.simulator.estate.builder.JitPort;
import dev.portcullis.simulator.estate.builder.JitRequest;
import dev.portcullis.simulator.estate.builder.NsgBuilder;
import dev.portcullis.simulator.estate.builder.ResourceGroupBuilder;
import dev.portcullis.simulator.estate.builder.SubnetBuilder;
import dev.portcullis.simulator.estate.builder.SubscriptionBuilder;
import dev.portcullis.simulator.estate.builder.VirtualNetworkBuilder;
import dev.portcullis.simulator.estate.builder.VmBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The demo estate: Contoso (production, development) and Fabrikam (retail, sandbox), each VM built
 * in one of the {@link DemoScenarios}. Same ids, names and addresses on every run.
 *
 * <p>Built for one day of {@link DemoHistory}: day 29 is today ({@link Estate#demo()}); on earlier
 * days some VMs do not exist yet, some deleted since still exist, and some payloads (and with them
 * the hand-written expectations) differ, on the days {@link DemoHistory} names. VMs deleted in the
 * window are declared last ({@link #deletedInTheWindow}), so that today's VMs keep their addresses.
 */
public final class DemoEstate {

    public static final String CONTOSO_TENANT_ID = "c0a70500-0000-4000-8000-000000000001";
    public static final String FABRIKAM_TENANT_ID = "fab21ca0-0000-4000-8000-000000000002";

    /** Contoso Production: Defender for Servers Standard P2 (today's payload shape). */
    public static final String CONTOSO_PRODUCTION_SUBSCRIPTION_ID = "c0a70500-0001-4000-8000-00000000a001";
    /** Contoso Development: Standard P1. */
    public static final String CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID = "c0a70500-0002-4000-8000-00000000a002";
    /** Fabrikam Retail: Standard P2 with extensions written the old way; references with upper-case resource groups. */
    public static final String FABRIKAM_RETAIL_SUBSCRIPTION_ID = "fab21ca0-0001-4000-8000-00000000b001";
    /** Fabrikam Sandbox: Free, and no JIT policy at all. */
    public static final String FABRIKAM_SANDBOX_SUBSCRIPTION_ID = "fab21ca0-0002-4000-8000-00000000b002";

    public static final String JAPANEAST = "japaneast";
    public static final String EASTUS = "eastus";

    /** The public address of the requester whose JIT request is open (scenario jit-open-request). */
    public static final String OPEN_REQUEST_SOURCE = "153.120.40.17";

    /** The address space JIT requests should come from. */
    static final String CORPORATE = "10.0.0.0/8";
    /** JIT as it should be: the OS's management ports and 2222, within the duration limits, from {@link #CORPORATE}. */
    static final JitPort[] LINUX_JIT = {port(22, "PT3H", CORPORATE), port(2222, "PT3H", CORPORATE)};
    static final JitPort[] WINDOWS_JIT = {
        port(3389, "PT3H", CORPORATE), port(5985, "PT1H", CORPORATE), port(5986, "PT1H", CORPORATE), port(2222, "PT3H", CORPORATE)
    };

    /** The day being built. */
    private final int day;
    // Subnets the VMs deleted in the window were in (set by the subscription methods).
    private SubnetBuilder webSubnet;
    private SubnetBuilder devSubnet;
    private SubnetBuilder storesSubnet;
    // Networks the paths scenarios add subnets to (declared last, so the other VMs keep their addresses).
    private VirtualNetworkBuilder productionJapanEast;
    // Subnets the bad-input scenarios add VMs to, after the others (set by jitGrants and ipv6).
    private SubnetBuilder jitGrantsSubnet;
    private SubnetBuilder dualStackSubnet;

    private DemoEstate(int day) {
        this.day = day;
    }

    /** Today's estate: {@link #onDay}{@code (DemoHistory.TODAY)}. */
    public static Estate build() {
        return onDay(TODAY);
    }

    /** The estate as it was on {@code day} (0 to 29) of {@link DemoHistory}. */
    public static Estate onDay(int day) {
        return new DemoEstate(requireDay(day)).assemble();
    }

    private Estate assemble() {
        EstateBuilder estate = new EstateBuilder().onDay(day);
        SimTenant contoso = estate.tenant(CONTOSO_TENANT_ID, "Contoso", "contoso.onmicrosoft.com");
        SimTenant fabrikam = estate.tenant(FABRIKAM_TENANT_ID, "Fabrikam", "fabrikam.onmicrosoft.com");
        boolean productionOnP2 = day >= CONTOSO_PRODUCTION_DEFENDER_P2;
        SubscriptionBuilder production = estate.subscription(contoso, CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "Contoso Production")
                .defender(productionOnP2 ? DefenderPlan.STANDARD_P2 : DefenderPlan.STANDARD_P1, productionOnP2 ? PASS : FAIL);
        contosoProduction(production);
        SubscriptionBuilder development = estate.subscription(contoso, CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID, "Contoso Development")
                .defender(DefenderPlan.STANDARD_P1, FAIL)
                .quotaId("MSDNDevTest_2014-09-01");
        contosoDevelopment(development);
        SubscriptionBuilder retail = estate.subscription(fabrikam, FABRIKAM_RETAIL_SUBSCRIPTION_ID, "Fabrikam Retail");
        fabrikamRetail(retail
                .defender(DefenderPlan.STANDARD_P2_LEGACY_EXTENSIONS, PASS)
                .referencesWithUpperCaseResourceGroups());
        fabrikamSandbox(estate.subscription(fabrikam, FABRIKAM_SANDBOX_SUBSCRIPTION_ID, "Fabrikam Sandbox")
                .defender(DefenderPlan.FREE, FAIL)
                .quotaId("PayAsYouGo_2014-09-01"));
        deletedInTheWindow(production, development, retail);
        jitGrants(production);
        ipv6(development);
        loadBalancers(production);
        firewalls(production);
        scaleSets(production);
        badInput(production, development);
        return estate.build();
    }

    private void contosoProduction(SubscriptionBuilder sub) {
        ResourceGroupBuilder network = sub.resourceGroup("rg-network-prod", JAPANEAST);
        VirtualNetworkBuilder japan = network.virtualNetwork("vnet-prod-japaneast", "10.10.0.0/16");
        productionJapanEast = japan;
        SubnetBuilder web = japan.subnet("snet-web", "10.10.1.0/24");
        webSubnet = web;
        SubnetBuilder edge = japan.subnet("snet-edge", "10.10.4.0/24");
        SubnetBuilder edgeOpen = japan.subnet("snet-edge-open", "10.10.5.0/24")
                .nsg(network.networkSecurityGroup("nsg-snet-edge-open").allowInbound(300, "Tcp", "Internet", "22"));
        SubnetBuilder edgeClosed = japan.subnet("snet-edge-closed", "10.10.6.0/24")
                .nsg(network.networkSecurityGroup("nsg-snet-edge-closed").denyInbound(300, "Tcp", "Internet", "22"));
        SubnetBuilder windows = network.virtualNetwork("vnet-prod-eastus", EASTUS, "10.11.0.0/16")
                .subnet("snet-windows", "10.11.1.0/24");

        ResourceGroupBuilder webProd = sub.resourceGroup("rg-web-prod", JAPANEAST).tag("app", "storefront");
        NsgBuilder webNsg = webProd.networkSecurityGroup("nsg-web-prod")
                .allowInbound(200, "Tcp", "Internet", "443");
        webProd.linuxVm("web-01", PROTECTED_LINUX).zone("1")
                .nic(web, nic -> nic.nsg(webNsg).publicIp(STANDARD)).jit(LINUX_JIT).jitRulesNamedBeforeMay2023()
                .jitRequest(JitRequest.by("alice@contoso.com", "Deploy hotfix 4711", "2026-11-20T01:00:00.0000000Z",
                        JitRequest.Port.expired(22, "10.1.2.3", "2026-11-20T04:00:00.0000000Z")));
        webProd.linuxVm("web-02", PROTECTED_LINUX).zone("2")
                .nic(web, nic -> nic.nsg(webNsg).publicIp(STANDARD)).jit(LINUX_JIT)
                .jitRequest(JitRequest.by("bob@contoso.com", null, "2026-11-21T05:00:00.0000000Z",
                        JitRequest.Port.superseded(22, "10.4.5.6", "2026-11-21T06:00:00.0000000Z")))
                .jitRequest(JitRequest.by("bob@contoso.com", "Rotate certificates", "2026-11-21T05:20:00.0000000Z",
                        JitRequest.Port.expired(22, "10.4.5.6", "2026-11-21T08:20:00.0000000Z"),
                        JitRequest.Port.expired(2222, "10.4.5.6", "2026-11-21T08:20:00.0000000Z")));
        webProd.linuxVm("web-03", PROTECTED_LINUX).nic(web, nic -> nic.nsg(webNsg))
                .jit(port(22, "PT2H", CORPORATE).withProtocol("TCP"), port(2222, "PT30M", CORPORATE).withProtocol("TCP"));
        webProd.linuxVm("web-04", PROTECTED_LINUX).nic(web, nic -> nic.nsg(webNsg)).jit(LINUX_JIT);
        webProd.linuxVm("web-05", JIT_OPEN_REQUEST)
                .nic(web, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT)
                .jitRequest(JitRequest.by("carol@contoso.com", "Investigating incident INC-2231", ServedTime.ago(Duration.ofHours(1)),
                        JitRequest.Port.open(22, OPEN_REQUEST_SOURCE, ServedTime.fromNow(Duration.ofHours(2)))));
        webProd.linuxVm("web-06", JIT_SHADOWS_USER_ALLOW)
                .nic(web, nic -> nic.ownNsg(nsg -> nsg.allowInbound(2000, "Tcp", "Internet", "22")).publicIp(STANDARD))
                .jit(LINUX_JIT);
        webProd.linuxVm("web-07", JIT_VM_ID_OTHER_CASE)
                .nic(web, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT)
                .jitListsIdAs(id -> id.toLowerCase(Locale.ROOT));
        boolean legacySshOpen = day >= WEB_LEGACY_01_SSH_RULE_ADDED;
        webProd.linuxVm("web-legacy-01", legacySshOpen ? JIT_BYPASSED : PROTECTED_LINUX)
                .nic(web, nic -> nic.ownNsg(nsg -> allowSshFromInternetIf(legacySshOpen, nsg)).publicIp(STANDARD))
                .jit(LINUX_JIT);
        webProd.linuxVm("web-gw-01", TWO_NICS_ONE_WITHOUT_NSG)
                .nic(web, nic -> nic.ownNsg().publicIp(STANDARD))
                .nic(web)
                .jit(LINUX_JIT);
        webProd.jitEntryForDeletedVm("web-retired-01", port(22, "PT3H", CORPORATE));

        ResourceGroupBuilder winProd = sub.resourceGroup("rg-win-prod", EASTUS);
        winProd.windowsVm("win-01", PROTECTED_WINDOWS).nic(windows, nic -> nic.ownNsg().publicIp(STANDARD)).jit(WINDOWS_JIT)
                .jitRulesNamedBeforeMay2023()
                .jitRequest(JitRequest.by("dave@contoso.com", "Monthly patching", "2026-11-12T00:00:00.0000000Z",
                        JitRequest.Port.expired(3389, "10.20.30.40", "2026-11-12T03:00:00.0000000Z")));
        if (day >= WIN_02_RDP_DURATION_SHORTENED) {
            winProd.windowsVm("win-02", PROTECTED_WINDOWS).nic(windows, nic -> nic.ownNsg()).jit(WINDOWS_JIT);
        } else {
            winProd.windowsVm("win-02", JIT_DURATION_P1D).nic(windows, nic -> nic.ownNsg())
                    .jit(port(3389, "P1D", CORPORATE), port(5985, "PT1H", CORPORATE), port(5986, "PT1H", CORPORATE),
                            port(2222, "PT3H", CORPORATE));
        }
        winProd.windowsVm("win-03", PROTECTED_WINDOWS).nic(windows, nic -> nic.ownNsg())
                .jit(portFromEach(3389, "PT1H", "10.0.0.0/8", "172.16.0.0/12"), port(5985, "PT30M", CORPORATE),
                        port(5986, "PT1H", CORPORATE), port(2222, "PT3H", CORPORATE));
        winProd.windowsVm("win-restored-01", SPECIALISED_DISK_WINDOWS).fromSpecialisedDisk()
                .nic(windows, nic -> nic.ownNsg()).jit(WINDOWS_JIT);
        winProd.windowsVm("win-rdp-01", JIT_WINDOWS_RDP_ONLY).nic(windows, nic -> nic.ownNsg().publicIp(STANDARD))
                .jit(port(3389, "PT3H", CORPORATE));
        winProd.windowsVm("win-batch-01", JIT_DURATION_P1D).nic(windows, nic -> nic.ownNsg())
                .jit(port(3389, "P1D", CORPORATE), port(5985, "PT1H", CORPORATE), port(5986, "PT1H", CORPORATE),
                        port(2222, "PT3H", CORPORATE));
        winProd.windowsVm("win-mgmt-01", JIT_WINRM_PT3H).nic(windows, nic -> nic.ownNsg())
                .jit(port(3389, "PT3H", CORPORATE), port(5985, "PT3H", CORPORATE), port(5986, "PT1H", CORPORATE),
                        port(2222, "PT3H", CORPORATE));

        ResourceGroupBuilder edgeProd = sub.resourceGroup("rg-edge-prod", JAPANEAST);
        edgeProd.linuxVm("edge-proxy-01", NSG_WITHOUT_JIT).nic(edge, nic -> nic.ownNsg(nsg -> nsg
                .allowInbound(300, "Tcp", "Internet", "443")
                .allowInbound(310, "Tcp", "Internet", "80")).publicIp(STANDARD));
        edgeProd.linuxVm("edge-ssh-01", EXPOSED_FROM_INTERNET).createdOn(EDGE_SSH_01_CREATED)
                .nic(edge, nic -> nic.ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")).publicIp(STANDARD));
        edgeProd.linuxVm("edge-locked-01", DENY_SHADOWS_ALLOW).nic(edge, nic -> nic.ownNsg(nsg -> nsg
                .allowInbound(200, "Tcp", "Internet", "22")
                .denyInbound(100, "Tcp", "*", "22")).publicIp(STANDARD));
        edgeProd.linuxVm("edge-halfopen-01", PARTIAL_DENY_THEN_ALLOW_ANY).nic(edge, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("DenyLowerHalfSsh").deny().priority(100).protocol("Tcp").from("0.0.0.0/1").port("22"))
                .add(inbound("AllowSshFromAnywhere").allow().priority(200).protocol("Tcp").from("*").port("22")))
                .publicIp(STANDARD));
        edgeProd.linuxVm("edge-dst-01", DESTINATION_IS_NIC_IP).nic(edge, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowSshToThisHost").allow().priority(300).protocol("Tcp").from("Internet")
                        .to(nic.privateIp()).port("22")))
                .publicIp(STANDARD));
        edgeProd.linuxVm("edge-dst-02", DESTINATION_ELSEWHERE).nic(edge, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowSshToUpperHalf").allow().priority(300).protocol("Tcp").from("Internet")
                        .to("10.10.4.128/25").port("22")))
                .publicIp(STANDARD));
        String rdpServers = edgeProd.applicationSecurityGroupId("asg-rdp-servers");
        edgeProd.windowsVm("edge-rdp-asg-01", DESTINATION_ASG_MEMBER).nic(edge, nic -> nic.memberOf(rdpServers)
                .ownNsg(nsg -> nsg.add(inbound("AllowRdpToRdpServers").allow().priority(300).protocol("Tcp")
                        .from("Internet").toApplicationSecurityGroup(rdpServers).port("3389")))
                .publicIp(STANDARD));
        edgeProd.linuxVm("edge-layered-01", SUBNET_ALLOWS_NIC_DENIES).nic(edgeOpen, nic -> nic
                .ownNsg(nsg -> nsg.denyInbound(300, "Tcp", "Internet", "22")).publicIp(STANDARD));
        edgeProd.linuxVm("edge-layered-02", NIC_ALLOWS_SUBNET_DENIES).nic(edgeClosed, nic -> nic
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")).publicIp(STANDARD));
    }

    private void contosoDevelopment(SubscriptionBuilder sub) {
        ResourceGroupBuilder network = sub.resourceGroup("rg-network-dev", JAPANEAST);
        SubnetBuilder dev = network.virtualNetwork("vnet-dev-japaneast", "10.20.0.0/16").subnet("snet-dev", "10.20.1.0/24");
        devSubnet = dev;
        SubnetBuilder lab = network.virtualNetwork("vnet-dev-eastus", EASTUS, "10.21.0.0/16").subnet("snet-lab", "10.21.1.0/24");

        ResourceGroupBuilder apps = sub.resourceGroup("rg-dev-apps", JAPANEAST);
        boolean apiSshOpen = devApi01SshOpen(day);
        apps.linuxVm("dev-api-01", apiSshOpen ? JIT_BYPASSED : PROTECTED_LINUX)
                .nic(dev, nic -> nic.ownNsg(nsg -> allowSshFromInternetIf(apiSshOpen, nsg)).publicIp(STANDARD)).jit(LINUX_JIT);
        if (day >= DEV_API_02_JOINS_JIT) {
            apps.linuxVm("dev-api-02", PROTECTED_LINUX).nic(dev, nic -> nic.ownNsg()).jit(LINUX_JIT);
        } else {
            apps.linuxVm("dev-api-02", OWN_NSG_NO_JIT).nic(dev, nic -> nic.ownNsg());
        }
        jitSourceVm(apps, dev, "dev-src-star", JIT_SOURCE_STAR, port(22, "PT3H", "*"));
        jitSourceVm(apps, dev, "dev-src-internet", JIT_SOURCE_INTERNET, port(22, "PT3H", "Internet"));
        jitSourceVm(apps, dev, "dev-src-any-ipv4", JIT_SOURCE_ANY_IPV4, port(22, "PT3H", "0.0.0.0/0"));
        jitSourceVm(apps, dev, "dev-src-any-ipv6", JIT_SOURCE_ANY_IPV6, port(22, "PT3H", "::/0"));
        jitSourceVm(apps, dev, "dev-src-any", JIT_SOURCE_ANY, port(22, "PT3H", "Any"));
        jitSourceVm(apps, dev, "dev-src-list-star", JIT_SOURCE_LIST_WITH_STAR,
                portFromEach(22, "PT3H", "10.0.0.0/8", "*", "192.168.10.0/24"));
        apps.linuxVm("dev-src-list-ok", JIT_SOURCE_GOOD_LIST).nic(dev, nic -> nic.ownNsg())
                .jit(portFromEach(22, "PT3H", "10.0.0.0/8", "172.16.0.0/12"),
                        portFromEach(2222, "PT3H", "10.0.0.0/8", "172.16.0.0/12"));
        apps.vmOfUnknownOs("dev-imported-01", JIT_UNKNOWN_OS_SSH_ONLY).nic(dev, nic -> nic.ownNsg())
                .jit(port(22, "PT3H", CORPORATE));
        apps.linuxVm("dev-build-01", JIT_DURATION_PT24H).nic(dev, nic -> nic.ownNsg())
                .jit(port(22, "PT24H", CORPORATE), port(2222, "PT3H", CORPORATE));
        apps.linuxVm("dev-tools-01", JIT_MISSING_CUSTOM_PORT).nic(dev, nic -> nic.ownNsg()).jit(port(22, "PT3H", CORPORATE));

        ResourceGroupBuilder labGroup = sub.resourceGroup("rg-dev-lab", EASTUS);
        labGroup.linuxVm("lab-open-01", NO_NSG_BASIC_IP).nic(lab, nic -> nic.publicIp(BASIC));
        labGroup.windowsVm("lab-win-01", NO_NSG_STANDARD_IP).nic(lab, nic -> nic.publicIp(STANDARD));
        labGroup.windowsVm("lab-plural-01", EXPOSED_VIA_PLURAL_FIELDS).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowWebAndRdp").allow().priority(310).protocol("Tcp")
                        .fromPrefixes("198.51.100.0/24", "Internet").portRanges("80", "443", "3389")))
                .publicIp(STANDARD));
        labGroup.linuxVm("lab-plural-02", EXPOSED_VIA_PLURAL_FIELDS).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowHttpsAndSsh").allow().priority(310).protocol("Tcp")
                        .fromPrefixes("Internet", "10.0.0.0/8").portRanges("443", "22").emptySingularFields()))
                .publicIp(STANDARD));
        labGroup.linuxVm("lab-ftp-01", EXPOSED_PORT_RANGE).createdOn(LAB_FTP_01_CREATED)
                .nic(lab, nic -> nic.ownNsg(nsg -> nsg.allowInbound(200, "Tcp", "0.0.0.0/0", "20-25")).publicIp(STANDARD));
        labGroup.linuxVm("lab-any-01", EXPOSED_ANY_PORT)
                .nic(lab, nic -> nic.ownNsg(nsg -> nsg.allowInbound(4000, "*", "*", "*")).publicIp(STANDARD));
        labGroup.windowsVm("lab-udp-01", UDP_ALLOW_ONLY)
                .nic(lab, nic -> nic.ownNsg(nsg -> nsg.allowInbound(300, "Udp", "Internet", "3389")).publicIp(STANDARD));
        labGroup.linuxVm("lab-out-01", OUTBOUND_ALLOW_ONLY).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(outbound("AllowSshOutbound").allow().priority(300).protocol("Tcp").from("Internet").port("22")))
                .publicIp(STANDARD));
        labGroup.linuxVm("lab-private-01", INTERNET_ALLOW_WITHOUT_PUBLIC_IP)
                .nic(lab, nic -> nic.ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));
        labGroup.linuxVm("lab-altssh-01", CUSTOM_PORT_EXPOSED)
                .nic(lab, nic -> nic.ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "2222")).publicIp(STANDARD));
        labGroup.linuxVm("lab-dst-vnet-01", DESTINATION_COVERS_NIC).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowSshToVnet").allow().priority(300).protocol("Tcp").from("Internet")
                        .to("VirtualNetwork").port("22")))
                .publicIp(STANDARD));
        labGroup.linuxVm("lab-dst-cidr-01", DESTINATION_COVERS_NIC).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowSshToLabRanges").allow().priority(300).protocol("Tcp").from("Internet")
                        .toPrefixes("10.99.0.0/16", "10.21.1.0/24").port("22")))
                .publicIp(STANDARD));
        String jumpHosts = labGroup.applicationSecurityGroupId("asg-jump-hosts");
        labGroup.linuxVm("lab-asg-src-01", SOURCE_ASG_ONLY).nic(lab, nic -> nic.ownNsg(nsg -> nsg
                .add(inbound("AllowSshFromJumpHosts").allow().priority(300).protocol("Tcp")
                        .fromApplicationSecurityGroup(jumpHosts).port("22")))
                .publicIp(STANDARD));
        labGroup.windowsVm("lab-gap-nic-01", NIC_WITHOUT_PRIVATE_IP).nic(lab, nic -> nic.withoutPrivateIpInPayload()
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "3389")).publicIp(STANDARD));
        labGroup.linuxVm("lab-gap-vm-01", VM_WITHOUT_NETWORK_PROFILE).withoutNetworkProfile();
        labGroup.linuxVm("lab-basic-01", BASIC_IP_BEHIND_NSG).nic(lab, nic -> nic.ownNsg().publicIp(BASIC));
    }

    private static void jitSourceVm(ResourceGroupBuilder group, SubnetBuilder subnet, String name, Scenario scenario, JitPort ssh) {
        group.linuxVm(name, scenario).nic(subnet, nic -> nic.ownNsg()).jit(ssh, port(2222, "PT3H", CORPORATE));
    }

    private void fabrikamRetail(SubscriptionBuilder sub) {
        ResourceGroupBuilder network = sub.resourceGroup("rg-retail-network", EASTUS);
        VirtualNetworkBuilder eastus = network.virtualNetwork("vnet-retail-eastus", "10.30.0.0/16");
        SubnetBuilder stores = eastus.subnet("snet-stores", "10.30.1.0/24");
        storesSubnet = stores;
        SubnetBuilder jitSubnet = eastus.subnet("snet-jit", "10.30.2.0/24").addressPrefixWrittenAsList()
                .nsg(network.networkSecurityGroup("nsg-snet-jit"));
        SubnetBuilder shared = network.virtualNetwork("vnet-retail-japaneast", JAPANEAST, "10.31.0.0/16")
                .subnet("snet-shared", "10.31.1.0/24");

        ResourceGroupBuilder core = sub.resourceGroup("rg-retail-core", EASTUS);
        NsgBuilder posWindows = core.networkSecurityGroup("nsg-pos-windows");
        core.windowsVm("pos-win-01", PROTECTED_WINDOWS).nic(stores, nic -> nic.nsg(posWindows).publicIp(STANDARD)).jit(WINDOWS_JIT)
                .jitRulesNamedBeforeMay2023()
                .jitRequest(JitRequest.by("erin@fabrikam.com", "POS terminal update", "2026-11-18T23:00:00.0000000Z",
                        JitRequest.Port.expired(3389, "10.99.0.15", "2026-11-19T01:00:00.0000000Z"),
                        JitRequest.Port.expired(5985, "10.99.0.15", "2026-11-19T00:00:00.0000000Z")));
        core.windowsVm("pos-win-02", PROTECTED_WINDOWS).nic(stores, nic -> nic.nsg(posWindows)).jit(WINDOWS_JIT);
        core.windowsVm("pos-win-03", PROTECTED_WINDOWS).createdOn(POS_WIN_03_CREATED).nic(stores, nic -> nic.nsg(posWindows)).jit(WINDOWS_JIT);
        boolean posSshOpen = day < POS_01_SSH_RULE_REMOVED;
        core.linuxVm("pos-01", posSshOpen ? JIT_BYPASSED : PROTECTED_LINUX)
                .nic(stores, nic -> nic.ownNsg(nsg -> allowSshFromInternetIf(posSshOpen, nsg)).publicIp(STANDARD)).jit(LINUX_JIT);
        core.linuxVm("pos-02", PROTECTED_LINUX).nic(stores, nic -> nic.ownNsg()).jit(LINUX_JIT);
        core.linuxVm("pos-sub-01", PROTECTED_BY_SUBNET_NSG).nic(jitSubnet, nic -> nic.publicIp(STANDARD)).jit(LINUX_JIT);
        core.linuxVm("pos-sub-02", PROTECTED_BY_SUBNET_NSG).nic(jitSubnet).jit(LINUX_JIT);
        core.windowsVm("pos-rdp-01", JIT_WINDOWS_RDP_ONLY).nic(stores, nic -> nic.ownNsg()).jit(port(3389, "PT1H", CORPORATE));
        core.windowsVm("pos-restored-01", SPECIALISED_DISK_WINDOWS).fromSpecialisedDisk()
                .nic(stores, nic -> nic.ownNsg().publicIp(STANDARD)).jit(WINDOWS_JIT);
        core.windowsVm("pos-report-01", NSG_WITHOUT_JIT).nic(stores, nic -> nic.ownNsg().publicIp(STANDARD));

        ResourceGroupBuilder sharedGroup = sub.resourceGroup("rg-retail-shared", JAPANEAST);
        sharedGroup.linuxVm("shared-jpe-01", PROTECTED_LINUX).nic(shared, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT);
        sharedGroup.windowsVm("shared-eus-win-01", PROTECTED_WINDOWS).in(EASTUS)
                .nic(stores, nic -> nic.ownNsg().publicIp(STANDARD)).jit(WINDOWS_JIT);
        sharedGroup.windowsVm("shared-tag-01", EXPOSED_FROM_SERVICE_TAG).nic(shared, nic -> nic
                .ownNsg(nsg -> nsg.allowInbound(320, "Tcp", "AzureCloud.japaneast", "3389")).publicIp(STANDARD));
        sharedGroup.linuxVm("shared-tag-02", EXPOSED_FROM_SERVICE_TAG).in(EASTUS).nic(stores, nic -> nic
                .ownNsg(nsg -> nsg.allowInbound(320, "Tcp", "AzureCloud", "22")).publicIp(STANDARD));
    }

    private void fabrikamSandbox(SubscriptionBuilder sub) {
        ResourceGroupBuilder sandbox = sub.resourceGroup("rg-sandbox", JAPANEAST);
        SubnetBuilder subnet = sandbox.virtualNetwork("vnet-sandbox", "10.40.0.0/16").subnet("snet-sandbox", "10.40.1.0/24");
        NsgBuilder sharedNsg = sandbox.networkSecurityGroup("nsg-sandbox")
                .allowInbound(200, "Tcp", "Internet", "80")
                .allowInbound(210, "Tcp", "Internet", "443");
        sandbox.linuxVm("sbx-01", SANDBOX_NO_JIT_POLICY).nic(subnet, nic -> nic.nsg(sharedNsg).publicIp(STANDARD));
        sandbox.linuxVm("sbx-02", SANDBOX_NO_JIT_POLICY_BASIC_IP).nic(subnet, nic -> nic.nsg(sharedNsg).publicIp(BASIC));
        sandbox.windowsVm("sbx-03", SANDBOX_NO_JIT_POLICY).createdOn(SBX_03_CREATED).nic(subnet, nic -> nic.nsg(sharedNsg));
        sandbox.linuxVm("sbx-open-01", NO_NSG_BASIC_IP).nic(subnet, nic -> nic.publicIp(BASIC));
        sandbox.windowsVm("sbx-win-01", NO_NSG_STANDARD_IP).nic(subnet, nic -> nic.publicIp(STANDARD));
        VmBuilder script = sandbox.linuxVm("<script>alert(1)</script>", SCRIPT_IN_NAME).resourcesNamed("xss-probe")
                .tag("owner", "<script>alert(1)</script>");
        script.nic(subnet, nic -> nic.ownNsg());
        // Left over from experiments: attached to nothing, so they change no VM's result.
        sandbox.networkSecurityGroup("nsg-sandbox-unused").allowInbound(100, "*", "*", "*");
        sandbox.publicIp("pip-sandbox-unused", BASIC);
    }

    /**
     * VMs deleted during the window, each with its own NIC, NSG, Standard public IP and JIT entry.
     * Declared after everything else so that, whether or not they exist on a day, the addresses of
     * today's VMs are the ones they would have without them.
     */
    private void deletedInTheWindow(SubscriptionBuilder production, SubscriptionBuilder development, SubscriptionBuilder retail) {
        production.resourceGroup("rg-web-prod", JAPANEAST).linuxVm("web-canary-01", JIT_SOURCE_STAR)
                .deletedOn(WEB_CANARY_01_DELETED)
                .nic(webSubnet, nic -> nic.ownNsg().publicIp(STANDARD))
                .jit(port(22, "PT3H", "*"), port(2222, "PT3H", CORPORATE));
        development.resourceGroup("rg-dev-apps", JAPANEAST).linuxVm("dev-scratch-01", JIT_DURATION_PT24H)
                .deletedOn(DEV_SCRATCH_01_DELETED)
                .nic(devSubnet, nic -> nic.ownNsg().publicIp(STANDARD))
                .jit(port(22, "PT24H", CORPORATE), port(2222, "PT3H", CORPORATE));
        retail.resourceGroup("rg-retail-core", EASTUS).windowsVm("pos-kiosk-01", JIT_RDP_ONLY_BYPASSED)
                .deletedOn(POS_KIOSK_01_DELETED)
                .nic(storesSubnet, nic -> nic.ownNsg(nsg -> nsg.add(inbound("AllowRDPFromInternet")
                        .allow().priority(300).protocol("Tcp").from("Internet").port("3389"))).publicIp(STANDARD))
                .jit(port(3389, "PT1H", CORPORATE));
    }

    /**
     * JIT's allow rules proved (or not) by the policy's requests: rg-jit-grants in Contoso Production,
     * subnet snet-jit-grants. Declared after every VM of before, so those keep their addresses.
     */
    private void jitGrants(SubscriptionBuilder production) {
        SubnetBuilder grants = productionJapanEast.subnet("snet-jit-grants", "10.10.7.0/24");
        jitGrantsSubnet = grants;
        ResourceGroupBuilder group = production.resourceGroup("rg-jit-grants", JAPANEAST);
        group.linuxVm("grant-old-name-01", JIT_OPEN_REQUEST_OLD_RULE_NAME)
                .nic(grants, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT).jitRulesNamedBeforeMay2023()
                .jitRequest(JitRequest.by("carol@contoso.com", "Restart the agent", ServedTime.ago(Duration.ofMinutes(30)),
                        JitRequest.Port.open(22, "153.120.40.20", ServedTime.fromNow(Duration.ofMinutes(90)))));
        group.linuxVm("grant-left-01", JIT_GRANT_LEFT_AFTER_REQUEST_ENDED)
                .nic(grants, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT)
                .jitRequest(JitRequest.by("dave@contoso.com", "Collect logs", ServedTime.ago(Duration.ofHours(4)),
                        JitRequest.Port.expired(22, "153.120.40.18", ServedTime.ago(Duration.ofHours(1)))))
                .jitAllowWithoutOpenRequest(22, "153.120.40.18");
        group.linuxVm("grant-wide-01", JIT_GRANT_WIDER_THAN_APPROVED)
                .nic(grants, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT)
                .jitRequest(JitRequest.by("erin@contoso.com", "Debug a deployment", ServedTime.ago(Duration.ofHours(1)),
                        JitRequest.Port.open(22, "153.120.40.19", ServedTime.fromNow(Duration.ofHours(2))).ruleOpensFrom("Internet")));
        group.linuxVm("grant-fake-01", JIT_NAMED_USER_ALLOW)
                .nic(grants, nic -> nic.ownNsg(nsg -> nsg.add(inbound("MicrosoftDefenderForCloud-JITRule_x")
                        .allow().priority(150).protocol("Tcp").from("Internet").port("22"))).publicIp(STANDARD))
                .jit(LINUX_JIT);
        group.linuxVm("grant-deny-only-01", JIT_NAMED_DENY_WITHOUT_POLICY)
                .nic(grants, nic -> nic.ownNsg(nsg -> nsg
                        .add(inbound("MicrosoftDefenderForCloud-JITRule_1187366473_0D7D9FDD3C4A44C1A9A8A3B8E6F0C2D1")
                                .deny().priority(1000).anyProtocol().from("*").to(nic.privateIp()).port("22")
                                .description("MDC JIT Network Access rule for policy 'default' of VM 'grant-deny-only-01'."))
                        .allowInbound(2000, "Tcp", "Internet", "22")).publicIp(STANDARD));
    }

    /**
     * IPv6: rg-dev-ipv6 in Contoso Development, dual-stack VNet vnet-dev-dualstack (10.22.0.0/16 and
     * fd00:22::/48). Every VM has a private IPv4 and IPv6 address and a public IPv6 address only
     * (except the one behind the IPv6 load balancer).
     */
    private void ipv6(SubscriptionBuilder development) {
        ResourceGroupBuilder group = development.resourceGroup("rg-dev-ipv6", JAPANEAST);
        VirtualNetworkBuilder vnet = group.virtualNetwork("vnet-dev-dualstack", "10.22.0.0/16").ipv6AddressSpace("fd00:22::/48");
        SubnetBuilder dualStack = vnet.subnet("snet-dualstack", "10.22.1.0/24").ipv6("fd00:22:0:1::/64");
        dualStackSubnet = dualStack;
        group.linuxVm("v6-any-ipv4-01", IPV6_PUBLIC_NSG_ALLOWS_IPV4_ANY).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "0.0.0.0/0", "22")));
        group.linuxVm("v6-any-ipv6-01", IPV6_PUBLIC_NSG_ALLOWS_IPV6_ANY).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "::/0", "22")));
        group.linuxVm("v6-internet-01", IPV6_PUBLIC_NSG_ALLOWS_INTERNET).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));
        group.linuxVm("v6-star-01", IPV6_PUBLIC_NSG_ALLOWS_INTERNET).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.allowInbound(300, "*", "*", "22")));
        group.linuxVm("v6-docs-range-01", IPV6_SOURCE_DOCUMENTATION_RANGE).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.add(inbound("AllowSshFromDocumentationRange").allow().priority(300).protocol("Tcp")
                        .from("2001:DB8::/32").port("22"))));
        group.windowsVm("v6-global-01", IPV6_SOURCE_GLOBAL_UNICAST).nic(dualStack, nic -> nic.ipv6(true)
                .ownNsg(nsg -> nsg.add(inbound("AllowRdpFromPartnerV6").allow().priority(300).protocol("Tcp")
                        .from("2603:1000::/24").port("3389"))));
        LoadBalancerBuilder lb = group.loadBalancer("lb-dev-ipv6", LoadBalancerSku.STANDARD);
        FrontendBuilder front = lb.publicIpv6Frontend("fe-public-v6");
        BackendPoolBuilder pool = lb.backendPool("pool-v6");
        lb.rule("lbr-ssh-v6", front, "Tcp", 8022, 22, pool);
        group.linuxVm("v6-lb-01", IPV6_LOAD_BALANCER_FRONTEND).nic(dualStack, nic -> nic.ipv6(false).ipv6InBackendPool(pool)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "::/0", "22")));
    }

    /**
     * Load balancers: rg-lb-prod in Contoso Production, subnets snet-lb (backends) and snet-lb-internal
     * (internal frontends). No VM has a public IP of its own: every path is a load balancer's.
     */
    private void loadBalancers(SubscriptionBuilder production) {
        SubnetBuilder backends = productionJapanEast.subnet("snet-lb", "10.10.8.0/24");
        SubnetBuilder internal = productionJapanEast.subnet("snet-lb-internal", "10.10.9.0/24");
        ResourceGroupBuilder group = production.resourceGroup("rg-lb-prod", JAPANEAST);

        LoadBalancerBuilder lb = group.loadBalancer("lb-prod-public", LoadBalancerSku.STANDARD);
        FrontendBuilder front = lb.publicFrontend("fe-public");
        FrontendBuilder natV2Front = lb.publicFrontend("fe-nat-v2");
        FrontendBuilder floatingFront = lb.publicFrontend("fe-floating");
        FrontendBuilder directFront = lb.publicFrontend("fe-direct");
        lb.rule("lbr-https", front, "Tcp", 443, 443, lb.backendPool("pool-web"));
        BackendPoolBuilder rdpPool = lb.backendPool("pool-rdp");
        lb.inboundNatRuleV2("nat-v2-rdp", natV2Front, "Tcp", 50000, 50099, 3389, rdpPool);
        BackendPoolBuilder httpsToSsh = lb.backendPool("pool-443-to-22");
        lb.rule("lbr-443-to-22", natV2Front, "Tcp", 443, 22, httpsToSsh);
        BackendPoolBuilder app = lb.backendPool("pool-app");
        lb.rule("lbr-22-to-8080", front, "Tcp", 22, 8080, app);
        BackendPoolBuilder udp = lb.backendPool("pool-udp");
        lb.rule("lbr-udp-3389", front, "Udp", 3389, 3389, udp);
        BackendPoolBuilder floating = lb.backendPool("pool-floating");
        lb.rule("lbr-ssh-floating", floatingFront, "Tcp", 22, 22, floating).floatingIp();
        BackendPoolBuilder direct = lb.backendPool("pool-direct");
        lb.rule("lbr-ssh-direct", directFront, "Tcp", 22, 22, direct);
        BackendPoolBuilder byAddress = lb.backendPool("pool-by-address");
        lb.rule("lbr-8022-to-22", front, "Tcp", 8022, 22, byAddress);

        InboundNatRuleBuilder natOpen = lb.inboundNatRule("nat-ssh-lb-nat-01", front, "Tcp", 50001, 22);
        group.linuxVm("lb-nat-01", LB_NAT_CLASSIC_SSH_OPEN).nic(backends, nic -> nic.inboundNatRule(natOpen)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));
        InboundNatRuleBuilder natClosed = lb.inboundNatRule("nat-ssh-lb-nat-02", front, "Tcp", 50002, 22);
        group.linuxVm("lb-nat-02", LB_NAT_CLASSIC_SSH_DEFAULT_RULES).nic(backends, nic -> nic.inboundNatRule(natClosed).ownNsg());
        group.windowsVm("lb-rdp-01", LB_NAT_V2_RDP_RANGE).nic(backends, nic -> nic.inBackendPool(rdpPool)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "3389")));
        group.linuxVm("lb-443-ssh-01", LB_RULE_HTTPS_TO_SSH).nic(backends, nic -> nic.inBackendPool(httpsToSsh)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));
        group.linuxVm("lb-app-01", LB_RULE_SSH_TO_APP_PORT).nic(backends, nic -> nic.inBackendPool(app)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22").allowInbound(310, "Tcp", "Internet", "8080")));
        group.windowsVm("lb-udp-01", LB_RULE_UDP_RDP).nic(backends, nic -> nic.inBackendPool(udp)
                .ownNsg(nsg -> nsg.allowInbound(300, "*", "Internet", "3389")));

        LoadBalancerBuilder internalLb = group.loadBalancer("lb-prod-internal", LoadBalancerSku.STANDARD);
        BackendPoolBuilder internalSsh = internalLb.backendPool("pool-ssh");
        internalLb.rule("lbr-ssh", internalLb.privateFrontend("fe-internal", internal), "Tcp", 22, 22, internalSsh);
        BackendPoolBuilder haPorts = internalLb.backendPool("pool-ha");
        internalLb.haPortsRule("lbr-ha-ports", internalLb.privateFrontend("fe-ha", internal), haPorts);
        group.linuxVm("lb-internal-01", LB_INTERNAL_RULE_SSH).nic(backends, nic -> nic.inBackendPool(internalSsh)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));
        group.linuxVm("lb-ha-01", LB_INTERNAL_HA_PORTS).nic(backends, nic -> nic.inBackendPool(haPorts)
                .ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")));

        InboundNatRuleBuilder natNoNsg = lb.inboundNatRule("nat-ssh-lb-open-std-01", front, "Tcp", 50003, 22);
        group.linuxVm("lb-open-std-01", LB_STANDARD_BACKEND_WITHOUT_NSG).nic(backends, nic -> nic.inboundNatRule(natNoNsg));
        LoadBalancerBuilder basic = group.loadBalancer("lb-prod-basic", LoadBalancerSku.BASIC);
        InboundNatRuleBuilder natBasic = basic.inboundNatRule("nat-ssh-lb-open-basic-01", basic.publicFrontend("fe-basic"),
                "Tcp", 50022, 22);
        group.linuxVm("lb-open-basic-01", LB_BASIC_BACKEND_WITHOUT_NSG).nic(backends, nic -> nic.inboundNatRule(natBasic));

        group.linuxVm("lb-floating-01", LB_FLOATING_IP_NSG_TO_FRONTEND).nic(backends, nic -> nic.inBackendPool(floating)
                .ownNsg(nsg -> nsg.add(inbound("AllowSshToFrontend").allow().priority(300).protocol("Tcp").from("Internet")
                        .to(floatingFront.address()).port("22"))));
        group.linuxVm("lb-direct-01", LB_NO_FLOATING_IP_NSG_TO_FRONTEND).nic(backends, nic -> nic.inBackendPool(direct)
                .ownNsg(nsg -> nsg.add(inbound("AllowSshToFrontend").allow().priority(300).protocol("Tcp").from("Internet")
                        .to(directFront.address()).port("22"))));
        group.linuxVm("lb-by-ip-01", LB_POOL_BY_IP_ADDRESS).nic(backends, nic -> {
            byAddress.address(productionJapanEast, nic.privateIp());
            nic.ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22"));
        });
        group.linuxVm("lb-gap-01", LB_POOL_OF_UNLISTED_LOAD_BALANCER).nic(backends, nic -> nic
                .claimsBackendPoolId(ArmIds.resource(CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-lb-prod",
                        "Microsoft.Network/loadBalancers", "lb-retired") + "/backendAddressPools/pool-old")
                .ownNsg());

        InboundNatRuleBuilder natJit = lb.inboundNatRule("nat-ssh-lb-jit-01", front, "Tcp", 50004, 22);
        group.linuxVm("lb-jit-01", LB_NAT_TO_JIT_COVERED_PORT).nic(backends, nic -> nic.inboundNatRule(natJit).ownNsg())
                .jit(LINUX_JIT);
        InboundNatRuleBuilder natBypass = lb.inboundNatRule("nat-ssh-lb-jit-02", front, "Tcp", 50005, 22);
        group.linuxVm("lb-jit-02", LB_NAT_JIT_BYPASSED).nic(backends, nic -> nic.inboundNatRule(natBypass)
                .ownNsg(nsg -> allowSshFromInternetIf(true, nsg))).jit(LINUX_JIT);
    }

    /**
     * Azure Firewall DNAT: rg-fw-prod in Contoso Production. fw-hub (classic rules) in vnet-prod-hub
     * (10.12.0.0/16), fw-hub-policy (policy fwp-hub) in vnet-prod-hub-policy (10.13.0.0/16); the VMs
     * are in each VNet's snet-workload, without public IPs.
     */
    private void firewalls(SubscriptionBuilder production) {
        ResourceGroupBuilder group = production.resourceGroup("rg-fw-prod", JAPANEAST);
        VirtualNetworkBuilder hub = group.virtualNetwork("vnet-prod-hub", "10.12.0.0/16");
        SubnetBuilder hubFirewall = hub.subnet("AzureFirewallSubnet", "10.12.0.0/26");
        SubnetBuilder hubWorkload = hub.subnet("snet-workload", "10.12.1.0/24");
        AzureFirewallBuilder firewall = group.azureFirewall("fw-hub", hubFirewall);
        NatRuleCollection dnat = firewall.natRuleCollection("dnat-ssh", 200);

        VmBuilder anywhere = group.linuxVm("fw-ssh-01", FW_DNAT_SSH_FROM_ANYWHERE).nic(hubWorkload, nic -> nic.ownNsg());
        dnat.dnat(DnatRule.toVm("ssh-fw-ssh-01", List.of("*"), 50022, anywhere, 22));
        VmBuilder publicRange = group.linuxVm("fw-ssh-02", FW_DNAT_SSH_FROM_PUBLIC_RANGE).nic(hubWorkload, nic -> nic.ownNsg());
        dnat.dnat(DnatRule.toVm("ssh-fw-ssh-02", List.of("203.0.113.0/24"), 50023, publicRange, 22));
        VmBuilder privateOnly = group.linuxVm("fw-ssh-03", FW_DNAT_SSH_FROM_PRIVATE_ONLY).nic(hubWorkload, nic -> nic.ownNsg());
        dnat.dnat(DnatRule.toVm("ssh-fw-ssh-03", List.of("10.0.0.0/8"), 50024, privateOnly, 22));
        VmBuilder app = group.linuxVm("fw-app-01", FW_DNAT_TO_APP_PORT).nic(hubWorkload, nic -> nic.ownNsg());
        dnat.dnat(DnatRule.toVm("https-fw-app-01", List.of("*"), 8443, app, 443));
        VmBuilder vnetDenied = group.linuxVm("fw-ssh-04", FW_DNAT_NSG_DENIES_VNET)
                .nic(hubWorkload, nic -> nic.ownNsg(nsg -> nsg.denyInbound(200, "Tcp", "VirtualNetwork", "22")));
        dnat.dnat(DnatRule.toVm("ssh-fw-ssh-04", List.of("*"), 50025, vnetDenied, 22));

        JitRequest.Port openPort = JitRequest.Port.open(22, "153.120.40.21", ServedTime.fromNow(Duration.ofHours(2))).mappedTo(50122);
        VmBuilder jitOpen = group.linuxVm("fw-jit-01", FW_JIT_ACTIVE_GRANT)
                .nic(hubWorkload, nic -> nic.ownNsg(nsg -> nsg.allowInbound(200, "Tcp", hubFirewall.cidr(), "22")))
                .jit(LINUX_JIT).jitThroughFirewall(firewall)
                .jitRequest(JitRequest.by("frank@contoso.com", "Hotfix through the hub", ServedTime.ago(Duration.ofHours(1)), openPort));
        firewall.jitDnat(jitOpen, openPort);
        JitRequest.Port endedPort = JitRequest.Port.expired(22, "153.120.40.22", ServedTime.ago(Duration.ofHours(2))).mappedTo(50123);
        VmBuilder jitEnded = group.linuxVm("fw-jit-02", FW_JIT_GRANT_LEFT_AFTER_EXPIRY)
                .nic(hubWorkload, nic -> nic.ownNsg(nsg -> nsg.allowInbound(200, "Tcp", hubFirewall.cidr(), "22")))
                .jit(LINUX_JIT).jitThroughFirewall(firewall)
                .jitRequest(JitRequest.by("frank@contoso.com", "Log collection", ServedTime.ago(Duration.ofHours(5)), endedPort));
        firewall.jitDnat(jitEnded, endedPort);

        VirtualNetworkBuilder policyHub = group.virtualNetwork("vnet-prod-hub-policy", "10.13.0.0/16");
        SubnetBuilder policyFirewallSubnet = policyHub.subnet("AzureFirewallSubnet", "10.13.0.0/26");
        SubnetBuilder policyWorkload = policyHub.subnet("snet-workload", "10.13.1.0/24");
        FirewallPolicyBuilder policy = group.firewallPolicy("fwp-hub");
        group.azureFirewall("fw-hub-policy", policyFirewallSubnet).managedBy(policy);
        VmBuilder rdp = group.windowsVm("fwp-rdp-01", FW_POLICY_DNAT_RDP).nic(policyWorkload, nic -> nic.ownNsg());
        policy.natRuleCollection("DefaultDnatRuleCollectionGroup", 100, "dnat-rdp", 100)
                .dnat(DnatRule.toVm("rdp-fwp-rdp-01", List.of("*"), 53389, rdp, 3389));
        VmBuilder partners = group.linuxVm("fwp-ssh-01", FW_POLICY_DNAT_FROM_IP_GROUP).nic(policyWorkload, nic -> nic.ownNsg());
        policy.natRuleCollection("DefaultDnatRuleCollectionGroup", 100, "dnat-partners", 110)
                .dnat(DnatRule.fromIpGroupToVm("ssh-fwp-ssh-01", group.ipGroupId("ipg-partners"), 50022, partners, 22));
    }

    /**
     * Scale sets: rg-vmss-prod in Contoso Production, subnet snet-vmss. Three Uniform scale sets
     * (expectations for vmss_management_port_internet_exposed, JIT status NOT_SUPPORTED) and one
     * Flexible scale set whose two VMs are checked as VMs.
     */
    private void scaleSets(SubscriptionBuilder production) {
        SubnetBuilder subnet = productionJapanEast.subnet("snet-vmss", "10.10.10.0/24");
        ResourceGroupBuilder group = production.resourceGroup("rg-vmss-prod", JAPANEAST);
        group.uniformScaleSet("vmss-web-public", OsKind.LINUX).publicIpPerInstance().instances(2, subnet)
                .nsg(group.networkSecurityGroup("nsg-vmss-web-public").allowInbound(300, "Tcp", "Internet", "22"))
                .failing(VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED).describedAs("Uniform, Linux, 2 instances each with a Standard public IP (publicIPAddressConfiguration); the "
                        + "NIC configuration's NSG allows 22 from Internet: exposed");
        LoadBalancerBuilder lb = group.loadBalancer("lb-vmss-public", LoadBalancerSku.STANDARD);
        InboundNatPoolBuilder sshPool = lb.inboundNatPool("natpool-ssh", lb.publicFrontend("fe-public"), "Tcp", 50000, 50119, 22);
        group.uniformScaleSet("vmss-nat-pool", OsKind.LINUX).instances(2, subnet).inNatPool(sshPool)
                .nsg(group.networkSecurityGroup("nsg-vmss-nat-pool").allowInbound(300, "Tcp", "Internet", "22"))
                .failing(VMSS_MANAGEMENT_PORT_INTERNET_EXPOSED).describedAs("Uniform, Linux, 2 instances without public IPs; inbound NAT pool natpool-ssh of public Standard "
                        + "lb-vmss-public maps 50000-50119 to 22 on each instance; the NSG allows 22 from Internet: exposed");
        LoadBalancerBuilder internalLb = group.loadBalancer("lb-vmss-internal", LoadBalancerSku.STANDARD);
        BackendPoolBuilder rdp = internalLb.backendPool("pool-rdp");
        internalLb.rule("lbr-rdp", internalLb.privateFrontend("fe-internal", subnet), "Tcp", 3389, 3389, rdp);
        group.uniformScaleSet("vmss-internal", OsKind.WINDOWS).instances(2, subnet).inBackendPool(rdp)
                .nsg(group.networkSecurityGroup("nsg-vmss-internal").allowInbound(300, "Tcp", "Internet", "3389"))
                .describedAs("Uniform, Windows, 2 instances without public IPs, in the pool of internal lb-vmss-internal "
                        + "(rule 3389 → 3389 on a private frontend); the NSG allows 3389 from Internet but no path comes from "
                        + "the internet: not exposed");

        ScaleSetBuilder flexible = group.flexibleScaleSet("vmss-flex-web");
        group.linuxVm("flex-web-01", FLEXIBLE_SCALE_SET_VM_EXPOSED).inScaleSet(flexible)
                .nic(subnet, nic -> nic.ownNsg(nsg -> nsg.allowInbound(300, "Tcp", "Internet", "22")).publicIp(STANDARD));
        group.linuxVm("flex-web-02", FLEXIBLE_SCALE_SET_VM_PROTECTED).inScaleSet(flexible)
                .nic(subnet, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT);
    }

    /**
     * Bad input readers must survive and that must lean to exposure: JIT requests with a malformed or
     * missing endTimeUtc or without a source (rg-jit-grants), an IPv4-mapped IPv6 source (rg-dev-ipv6).
     */
    private void badInput(SubscriptionBuilder production, SubscriptionBuilder development) {
        ResourceGroupBuilder grants = production.resourceGroup("rg-jit-grants", JAPANEAST);
        unprovenGrant(grants, "grant-bad-time-01", JIT_REQUEST_END_TIME_MALFORMED,
                JitRequest.Port.open(22, "153.120.40.23", "tomorrow"));
        unprovenGrant(grants, "grant-no-end-01", JIT_REQUEST_END_TIME_MISSING,
                JitRequest.Port.open(22, "153.120.40.24", null));
        unprovenGrant(grants, "grant-no-source-01", JIT_REQUEST_WITHOUT_SOURCE,
                JitRequest.Port.open(22, null, ServedTime.fromNow(Duration.ofHours(2))).ruleOpensFrom("153.120.40.25"));
        development.resourceGroup("rg-dev-ipv6", JAPANEAST).linuxVm("v6-mapped-01", IPV6_SOURCE_IPV4_MAPPED)
                .nic(dualStackSubnet, nic -> nic.ipv6(true).ownNsg(nsg -> nsg.add(inbound("AllowSshFromMappedAddress")
                        .allow().priority(300).protocol("Tcp").from("::ffff:10.0.0.1").port("22"))));
    }

    /** A JIT-covered VM with a Standard public IP whose open request (and JIT-named allow) {@code port} describes. */
    private void unprovenGrant(ResourceGroupBuilder group, String name, Scenario scenario, JitRequest.Port port) {
        group.linuxVm(name, scenario).nic(jitGrantsSubnet, nic -> nic.ownNsg().publicIp(STANDARD)).jit(LINUX_JIT)
                .jitRequest(JitRequest.by("grace@contoso.com", "Check the agent", ServedTime.ago(Duration.ofHours(1)), port));
    }

    /** The user rule of scenario jit-bypassed: Tcp 22 from Internet at 300, ahead of JIT's deny at 1000. */
    private static void allowSshFromInternetIf(boolean present, NsgBuilder nsg) {
        if (present) {
            nsg.add(inbound("AllowSSHFromInternet").allow().priority(300).protocol("Tcp").from("Internet").port("22"));
        }
    }
}
