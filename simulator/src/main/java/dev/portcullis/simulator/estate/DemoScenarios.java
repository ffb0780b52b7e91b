package dev.portcullis.simulator.estate;

import static dev.portcullis.simulator.estate.CheckIds.JIT_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.JIT_QUALITY_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.VM_CHECKS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_BYPASSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_COVERS_MANAGEMENT_PORTS;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_ENABLED;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_MAX_DURATION;
import static dev.portcullis.simulator.estate.CheckIds.VM_JIT_SOURCE_RESTRICTED;
import static dev.portcullis.simulator.estate.CheckIds.VM_MANAGEMENT_PORT_INTERNET_EXPOSED;
import static dev.portcullis.simulator.estate.CheckIds.VM_NSG_ATTACHED;
import static dev.portcullis.simulator.estate.CheckIds.VM_PUBLIC_IP_BASIC_SKU;
import static dev.portcullis.simulator.estate.JitStatus.PARTIAL;
import static dev.portcullis.simulator.estate.JitStatus.PROTECTED;
import static dev.portcullis.simulator.estate.JitStatus.UNPROTECTED;
import static dev.portcullis.simulator.estate.Scenario.scenario;

import java.util.List;

/**
 * The demo estate's scenarios and the results the product must give, written by hand from the
 * check rules (custom management ports assumed: [2222]). A scenario names the VM checks that do not
 * pass ({@code failing(...)}, {@code notApplicable(...)}) and the JIT status; every other check of
 * {@link CheckIds#VM_CHECKS} passes.
 *
 * A VM in no JIT policy gets NOT_APPLICABLE for the four JIT quality checks ({@link CheckIds#JIT_QUALITY_CHECKS});
 * a VM without any NSG gets NOT_APPLICABLE for every JIT check ({@link CheckIds#JIT_CHECKS}).
 */
public final class DemoScenarios {

    private static final JitStatus NO_NSG = JitStatus.NOT_APPLICABLE;

    // --- JIT done right -------------------------------------------------------------------------
    public static final Scenario PROTECTED_LINUX = scenario("protected-linux",
            "Linux; JIT on 22 and 2222 (PT3H or less, from 10.0.0.0/8); NIC NSG: JIT's deny rules, no other management-port rule")
            .status(PROTECTED);
    public static final Scenario PROTECTED_WINDOWS = scenario("protected-windows",
            "Windows; JIT on 3389 and 2222 (PT3H or less), 5985 and 5986 (PT1H or less), from 10.0.0.0/8; NIC NSG")
            .status(PROTECTED);
    public static final Scenario PROTECTED_BY_SUBNET_NSG = scenario("protected-by-subnet-nsg",
            "Linux; NSG on the subnet only (JIT's rules there), none on the NIC; JIT as protected-linux")
            .status(PROTECTED);
    public static final Scenario SPECIALISED_DISK_WINDOWS = scenario("specialised-disk-windows",
            "Windows from a specialised disk: no osProfile, osDisk.osType Windows; JIT on 3389, 5985, 5986, 2222")
            .status(PROTECTED);
    public static final Scenario JIT_SOURCE_GOOD_LIST = scenario("jit-source-good-list",
            "Linux; JIT 22 and 2222 from the plural list [10.0.0.0/8, 172.16.0.0/12]")
            .status(PROTECTED);
    public static final Scenario JIT_VM_ID_OTHER_CASE = scenario("jit-vm-id-other-case",
            "Linux; protected, but the JIT policy lists the VM id lower-cased")
            .status(PROTECTED);
    public static final Scenario JIT_SHADOWS_USER_ALLOW = scenario("jit-shadows-user-allow",
            "Linux; user rule allows 22 from Internet at priority 2000, behind JIT's deny at 1000: not reachable")
            .status(PROTECTED);
    public static final Scenario JIT_OPEN_REQUEST = scenario("jit-open-request",
            "Linux; JIT request open (status Initiated, endTimeUtc 2 h after the moment served): JIT's allow rule "
                    + "MicrosoftDefenderForCloud-JITRule_… (priority 100) admits 22 from the requester's public address "
                    + "153.120.40.17, exactly the approved source. An active grant is JIT working: neither exposure nor bypass")
            .status(PROTECTED);
    public static final Scenario JIT_OPEN_REQUEST_OLD_RULE_NAME = scenario("jit-open-request-old-rule-name",
            "Linux; as jit-open-request, but JIT's rules for this VM date from before May 2023 "
                    + "(SecurityCenter-JITRule_…, 'ASC JIT Network Access rule …'): the request proves the grant whatever the prefix")
            .status(PROTECTED);
    public static final Scenario TWO_NICS_ONE_WITHOUT_NSG = scenario("two-nics-one-without-nsg",
            "Linux; JIT-protected primary NIC; second NIC (no public IP) with no NSG on NIC or subnet")
            .failing(VM_NSG_ATTACHED).status(PROTECTED);

    // --- JIT present but weak -------------------------------------------------------------------
    public static final Scenario JIT_WINDOWS_RDP_ONLY = scenario("jit-windows-rdp-only",
            "Windows; JIT on 3389 only (5985, 5986, 2222 missing)")
            .failing(VM_JIT_COVERS_MANAGEMENT_PORTS).status(PARTIAL);
    public static final Scenario JIT_UNKNOWN_OS_SSH_ONLY = scenario("jit-unknown-os-ssh-only",
            "No osProfile and no osDisk.osType (OS unknown: all four ports required); JIT on 22 only")
            .failing(VM_JIT_COVERS_MANAGEMENT_PORTS).status(PARTIAL);
    public static final Scenario JIT_MISSING_CUSTOM_PORT = scenario("jit-missing-custom-port",
            "Linux; JIT on 22 but not on the custom management port 2222")
            .failing(VM_JIT_COVERS_MANAGEMENT_PORTS).status(PARTIAL);
    public static final Scenario JIT_DURATION_PT24H = scenario("jit-duration-pt24h",
            "Linux; JIT 22 allows PT24H")
            .failing(VM_JIT_MAX_DURATION).status(PARTIAL);
    public static final Scenario JIT_DURATION_P1D = scenario("jit-duration-p1d",
            "Windows; JIT 3389 allows P1D")
            .failing(VM_JIT_MAX_DURATION).status(PARTIAL);
    public static final Scenario JIT_WINRM_PT3H = scenario("jit-winrm-pt3h",
            "Windows; JIT 5985 allows PT3H (WinRM limit is PT1H)")
            .failing(VM_JIT_MAX_DURATION).status(PARTIAL);
    public static final Scenario JIT_SOURCE_STAR = jitSource("jit-source-star", "Linux; JIT 22 from *");
    public static final Scenario JIT_SOURCE_INTERNET = jitSource("jit-source-internet", "Linux; JIT 22 from Internet");
    public static final Scenario JIT_SOURCE_ANY_IPV4 = jitSource("jit-source-any-ipv4", "Linux; JIT 22 from 0.0.0.0/0");
    public static final Scenario JIT_SOURCE_ANY_IPV6 = jitSource("jit-source-any-ipv6", "Linux; JIT 22 from ::/0");
    public static final Scenario JIT_SOURCE_ANY = jitSource("jit-source-any", "Linux; JIT 22 from Any");
    public static final Scenario JIT_SOURCE_LIST_WITH_STAR = jitSource("jit-source-list-with-star",
            "Linux; JIT 22 from the plural list [10.0.0.0/8, *, 192.168.10.0/24]");
    public static final Scenario JIT_GRANT_LEFT_AFTER_REQUEST_ENDED = scenario("jit-grant-left-after-request-ended",
            "Linux; JIT covers 22; a JIT-named allow (MicrosoftDefenderForCloud-JITRule_…, priority 100) still admits 22 "
                    + "from 153.120.40.18 but its request is Revoked/Expired (ended 1 h before the moment served): no proof, "
                    + "so an ordinary allow ahead of JIT's deny. Exposed to that address through the Standard public IP, and bypassed")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);
    public static final Scenario JIT_GRANT_WIDER_THAN_APPROVED = scenario("jit-grant-wider-than-approved",
            "Linux; JIT request open for 22 from 153.120.40.19 only, but the JIT-named allow rule admits 22 from Internet: "
                    + "the approved source does not cover what the rule opens, so it is no grant. Exposed and bypassed")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);
    public static final Scenario JIT_NAMED_USER_ALLOW = scenario("jit-named-user-allow",
            "Linux; JIT covers 22; a user rule merely named MicrosoftDefenderForCloud-JITRule_x (priority 150) allows 22 "
                    + "from Internet and no request exists: a name proves nothing. Exposed and bypassed")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);
    public static final Scenario JIT_REQUEST_END_TIME_MALFORMED = unprovenGrant("jit-request-end-time-malformed",
            "Linux; JIT covers 22; the JIT-named allow from 153.120.40.23 has an Initiated request whose endTimeUtc is "
                    + "'tomorrow' (not a time): an active grant cannot be proved, and unknowns lean to exposure. Exposed and bypassed");
    public static final Scenario JIT_REQUEST_END_TIME_MISSING = unprovenGrant("jit-request-end-time-missing",
            "Linux; JIT covers 22; the JIT-named allow from 153.120.40.24 has an Initiated request without endTimeUtc: "
                    + "no proof. Exposed and bypassed");
    public static final Scenario JIT_REQUEST_WITHOUT_SOURCE = unprovenGrant("jit-request-without-source",
            "Linux; JIT covers 22; the JIT-named allow admits 153.120.40.25, but its Initiated request names no "
                    + "allowedSourceAddressPrefix(es): no approved source covers the rule's. Exposed and bypassed");
    public static final Scenario JIT_BYPASSED = scenario("jit-bypassed",
            "Linux; JIT covers 22 (deny at 1000) but user rule AllowSSHFromInternet (300) allows 22 from Internet")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);

    // --- no JIT ---------------------------------------------------------------------------------
    public static final Scenario NO_NSG_BASIC_IP = scenario("no-nsg-basic-ip",
            "No NSG on NIC or subnet; Basic public IP, so open to the internet")
            .failing(VM_NSG_ATTACHED, VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_PUBLIC_IP_BASIC_SKU).notApplicable(JIT_CHECKS)
            .status(NO_NSG);
    public static final Scenario NO_NSG_STANDARD_IP = scenario("no-nsg-standard-ip",
            "Windows; no NSG on NIC or subnet; Standard public IP, closed by default")
            .failing(VM_NSG_ATTACHED).notApplicable(JIT_CHECKS).status(NO_NSG);
    public static final Scenario NSG_WITHOUT_JIT = scenario("nsg-without-jit",
            "NIC NSG allowing only web ports (or nothing) from the internet; Standard public IP; in no JIT policy")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    public static final Scenario BASIC_IP_BEHIND_NSG = scenario("basic-ip-behind-nsg",
            "Basic public IP, NIC NSG with only the default rules (DenyAllInBound decides)")
            .failing(VM_JIT_ENABLED, VM_PUBLIC_IP_BASIC_SKU).notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    public static final Scenario SANDBOX_NO_JIT_POLICY = scenario("sandbox-no-jit-policy",
            "In the subscription without any JIT policy; shared NIC NSG allows 80/443 from Internet")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    public static final Scenario SANDBOX_NO_JIT_POLICY_BASIC_IP = scenario("sandbox-no-jit-policy-basic-ip",
            "In the subscription without any JIT policy, with a Basic public IP; shared NIC NSG allows 80/443 from "
                    + "Internet")
            .failing(VM_JIT_ENABLED, VM_PUBLIC_IP_BASIC_SKU).notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    public static final Scenario SCRIPT_IN_NAME = scenario("script-in-name",
            "VM named <script>alert(1)</script>, tag owner=<script>alert(1)</script>; NIC NSG, no public IP")
            .failing(VM_JIT_ENABLED).notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);

    // --- internet exposure semantics (all in no JIT policy) -------------------------------------
    public static final Scenario EXPOSED_VIA_PLURAL_FIELDS = exposed("exposed-via-plural-fields",
            "Allow from sourceAddressPrefixes [198.51.100.0/24, Internet] to destinationPortRanges incl. 3389/22; "
                    + "singular fields absent (one VM) or \"\" (other VM)");
    public static final Scenario EXPOSED_PORT_RANGE = exposed("exposed-port-range",
            "Allow Tcp 20-25 from 0.0.0.0/0 (covers 22)");
    public static final Scenario EXPOSED_ANY_PORT = exposed("exposed-any-port",
            "Allow protocol * port * from *");
    public static final Scenario EXPOSED_FROM_INTERNET = exposed("exposed-from-internet",
            "Allow Tcp 22 from Internet");
    public static final Scenario EXPOSED_FROM_SERVICE_TAG = exposed("exposed-from-service-tag",
            "Allow 3389 from AzureCloud.japaneast (one VM) / 22 from AzureCloud (other VM): public ranges count");
    public static final Scenario PARTIAL_DENY_THEN_ALLOW_ANY = exposed("partial-deny-then-allow-any",
            "Deny 22 from 0.0.0.0/1 (100) then Allow 22 from * (200): 128.0.0.0/1 still reaches 22");
    public static final Scenario DESTINATION_IS_NIC_IP = exposed("destination-is-nic-ip",
            "Allow 22 from Internet to destinationAddressPrefix equal to the NIC's private IP");
    public static final Scenario DESTINATION_ASG_MEMBER = exposed("destination-asg-member",
            "Allow 3389 from Internet to an application security group the IP configuration belongs to");
    public static final Scenario DESTINATION_COVERS_NIC = exposed("destination-covers-nic",
            "Allow 22 from Internet to VirtualNetwork (one VM) / to destinationAddressPrefixes "
                    + "[10.99.0.0/16, 10.21.1.0/24], which hold the NIC's IP (other VM)");
    public static final Scenario CUSTOM_PORT_EXPOSED = exposed("custom-port-exposed",
            "Allow 2222 from Internet (a management port only through the custom ports setting)");
    public static final Scenario NIC_WITHOUT_PRIVATE_IP = exposed("nic-without-private-ip",
            "Gap: ipConfiguration has no privateIPAddress; Allow 3389 from Internet to * (destination * needs no address)");
    public static final Scenario JIT_NAMED_DENY_WITHOUT_POLICY = notExposed("jit-named-deny-without-policy",
            "In no JIT policy (JIT was switched off) but JIT's deny on 22 (MicrosoftDefenderForCloud-JITRule_…, 1000) is "
                    + "still in the NIC NSG ahead of a user allow 22 from Internet (2000); Standard public IP. A JIT-named deny "
                    + "is a deny like any other: not exposed");
    public static final Scenario DENY_SHADOWS_ALLOW = notExposed("deny-shadows-allow",
            "Deny 22 from * at 100 shadows Allow 22 from Internet at 200 (listed allow first)");
    public static final Scenario SUBNET_ALLOWS_NIC_DENIES = notExposed("subnet-allows-nic-denies",
            "Subnet NSG allows 22 from Internet, NIC NSG denies it");
    public static final Scenario NIC_ALLOWS_SUBNET_DENIES = notExposed("nic-allows-subnet-denies",
            "NIC NSG allows 22 from Internet, subnet NSG denies it");
    public static final Scenario UDP_ALLOW_ONLY = notExposed("udp-allow-only",
            "Allow Udp 3389 from Internet: not TCP");
    public static final Scenario OUTBOUND_ALLOW_ONLY = notExposed("outbound-allow-only",
            "Outbound rule 'from Internet to * port 22' (direction Outbound): ignored for inbound");
    public static final Scenario DESTINATION_ELSEWHERE = notExposed("destination-elsewhere",
            "Allow 22 from Internet to 10.10.4.128/25, which does not hold the NIC's IP");
    public static final Scenario SOURCE_ASG_ONLY = notExposed("source-asg-only",
            "Allow 22 from an application security group: never an internet source");
    public static final Scenario INTERNET_ALLOW_WITHOUT_PUBLIC_IP = notExposed("internet-allow-without-public-ip",
            "NIC NSG allows 22 from Internet but the NIC has no public IP");

    // --- IPv6 (Contoso Development, rg-dev-ipv6: dual-stack NICs, no public IPv4, a Standard public IPv6) --------
    public static final Scenario IPV6_PUBLIC_NSG_ALLOWS_IPV4_ANY = notExposed("ipv6-public-nsg-allows-ipv4-any",
            "Reachable only through its public IPv6 address (2603:1030:20e:3::…); NIC NSG allows 22 from 0.0.0.0/0, "
                    + "an IPv4 prefix that covers no IPv6 source: not exposed");
    public static final Scenario IPV6_PUBLIC_NSG_ALLOWS_IPV6_ANY = exposed("ipv6-public-nsg-allows-ipv6-any",
            "Reachable only through its public IPv6 address; NIC NSG allows 22 from ::/0: exposed over IPv6");
    public static final Scenario IPV6_PUBLIC_NSG_ALLOWS_INTERNET = exposed("ipv6-public-nsg-allows-internet",
            "Reachable only through its public IPv6 address; NIC NSG allows 22 from Internet (one VM) / from * (other VM): "
                    + "both cover IPv6 too");
    public static final Scenario IPV6_SOURCE_DOCUMENTATION_RANGE = notExposed("ipv6-source-documentation-range",
            "Reachable only through its public IPv6 address; NIC NSG allows 22 from 2001:DB8::/32 (upper case), the IPv6 "
                    + "documentation range, which is not public internet space: not exposed");
    public static final Scenario IPV6_SOURCE_GLOBAL_UNICAST = exposed("ipv6-source-global-unicast",
            "Windows, reachable only through its public IPv6 address; NIC NSG allows 3389 from 2603:1000::/24, global "
                    + "unicast (2000::/3) and so public: exposed");
    public static final Scenario IPV6_LOAD_BALANCER_FRONTEND = exposed("ipv6-load-balancer-frontend",
            "No public IP; its IPv6 configuration is in the pool of Standard load balancer lb-dev-ipv6 whose public IPv6 "
                    + "frontend forwards Tcp 8022 to 22 (rule lbr-ssh-v6); NIC NSG allows 22 from ::/0: exposed");

    // --- load balancers (Contoso Production, rg-lb-prod: no public IP on the VMs, NIC NSG unless said) -------
    public static final Scenario LB_NAT_CLASSIC_SSH_OPEN = exposed("lb-nat-classic-ssh-open",
            "Classic inbound NAT rule of public Standard lb-prod-public: frontend 50001 → 22 on this NIC; NIC NSG allows 22 "
                    + "from Internet (the client's address is kept): exposed");
    public static final Scenario LB_NAT_CLASSIC_SSH_DEFAULT_RULES = notExposed("lb-nat-classic-ssh-default-rules",
            "Classic NAT rule 50002 → 22 of lb-prod-public; NIC NSG has only the default rules: DenyAllInBound decides "
                    + "(AllowAzureLoadBalancerInBound admits the load balancer's probes, not the clients): not exposed");
    public static final Scenario LB_NAT_V2_RDP_RANGE = exposed("lb-nat-v2-rdp-range",
            "Windows; NAT rule v2 of lb-prod-public: frontend ports 50000-50099 (frontend fe-nat-v2) → 3389 on every member "
                    + "of pool-rdp, this VM among them; NIC NSG allows 3389 from Internet: exposed");
    public static final Scenario LB_RULE_HTTPS_TO_SSH = exposed("lb-rule-https-to-ssh",
            "Load-balancing rule of lb-prod-public: Tcp 443 → backend port 22 on pool-443-to-22; NIC NSG allows 22 from "
                    + "Internet. The backend port is what counts: exposed");
    public static final Scenario LB_RULE_SSH_TO_APP_PORT = notExposed("lb-rule-ssh-to-app-port",
            "Load-balancing rule of lb-prod-public: Tcp frontend 22 → backend 8080; NIC NSG allows 22 and 8080 from Internet, "
                    + "but no path lands on a management port: not exposed");
    public static final Scenario LB_RULE_UDP_RDP = notExposed("lb-rule-udp-rdp",
            "Windows; load-balancing rule of lb-prod-public: Udp 3389 → 3389; NIC NSG allows 3389 (protocol *) from "
                    + "Internet. Only Tcp and All rules reach a management port: not exposed");
    public static final Scenario LB_INTERNAL_RULE_SSH = notExposed("lb-internal-rule-ssh",
            "Internal Standard lb-prod-internal (private frontend 10.10.9.x): rule Tcp 22 → 22; NIC NSG allows 22 from "
                    + "Internet. An internal frontend is no internet entry: not exposed");
    public static final Scenario LB_INTERNAL_HA_PORTS = notExposed("lb-internal-ha-ports",
            "HA-ports rule (protocol All, ports 0) on lb-prod-internal's second private frontend; NIC NSG allows 22 from "
                    + "Internet: internal only, not exposed");
    public static final Scenario LB_STANDARD_BACKEND_WITHOUT_NSG = scenario("lb-standard-backend-without-nsg",
            "No NSG on NIC or subnet; classic NAT rule 50003 → 22 of public Standard lb-prod-public. A Standard load balancer "
                    + "is closed unless an NSG allows: not exposed")
            .failing(VM_NSG_ATTACHED).notApplicable(JIT_CHECKS).status(NO_NSG);
    public static final Scenario LB_BASIC_BACKEND_WITHOUT_NSG = scenario("lb-basic-backend-without-nsg",
            "No NSG on NIC or subnet; classic NAT rule 50022 → 22 of public Basic lb-prod-basic (Basic public IP). A Basic "
                    + "load balancer is open unless an NSG denies: exposed")
            .failing(VM_NSG_ATTACHED, VM_MANAGEMENT_PORT_INTERNET_EXPOSED).notApplicable(JIT_CHECKS).status(NO_NSG);
    public static final Scenario LB_FLOATING_IP_NSG_TO_FRONTEND = exposed("lb-floating-ip-nsg-to-frontend",
            "Rule Tcp 22 → 22 with enableFloatingIP on frontend fe-floating of lb-prod-public; NIC NSG allows 22 from Internet "
                    + "only to destination = that frontend's public IP. With floating IP the NSG sees the frontend IP: exposed");
    public static final Scenario LB_NO_FLOATING_IP_NSG_TO_FRONTEND = notExposed("lb-no-floating-ip-nsg-to-frontend",
            "As lb-floating-ip-nsg-to-frontend (frontend fe-direct) but without floating IP: the NSG sees the backend's private "
                    + "IP, which its allow (to the frontend IP) does not match; DenyAllInBound decides: not exposed");
    public static final Scenario LB_POOL_BY_IP_ADDRESS = exposed("lb-pool-by-ip-address",
            "pool-by-address of lb-prod-public lists this VM's private IP in loadBalancerBackendAddresses (no back-reference "
                    + "on the NIC); rule Tcp 8022 → 22 on it; NIC NSG allows 22 from Internet: exposed");
    public static final Scenario LB_POOL_OF_UNLISTED_LOAD_BALANCER = notExposed("lb-pool-of-unlisted-load-balancer",
            "Gap: the NIC lists backend pool lb-retired/pool-old of a load balancer that is not listed; NIC NSG has only the "
                    + "default rules, so whatever that load balancer forwards meets DenyAllInBound: not exposed (gap logged)");
    public static final Scenario LB_NAT_TO_JIT_COVERED_PORT = scenario("lb-nat-to-jit-covered-port",
            "Linux; JIT on 22 and 2222; classic NAT rule 50004 → 22 of lb-prod-public; JIT's deny (1000) decides in the NIC NSG: "
                    + "protected")
            .status(PROTECTED);
    public static final Scenario LB_NAT_JIT_BYPASSED = scenario("lb-nat-jit-bypassed",
            "Linux; JIT on 22 and 2222; classic NAT rule 50005 → 22 of lb-prod-public; user rule AllowSSHFromInternet (300) "
                    + "ahead of JIT's deny: exposed through the load balancer and bypassed")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);

    public static final Scenario IPV6_SOURCE_IPV4_MAPPED = notExposed("ipv6-source-ipv4-mapped",
            "Reachable only through its public IPv6 address; NIC NSG allows 22 from ::ffff:10.0.0.1 (an IPv4-mapped "
                    + "address, outside 2000::/3 and private as IPv4 too): not exposed");

    // --- Azure Firewall DNAT (Contoso Production, rg-fw-prod: VMs without public IP in the firewall's VNet) -----
    // The firewall translates the source of DNAT'ed traffic to its own private address, so the VM's NSGs
    // see a VirtualNetwork source (AllowVnetInBound admits it); the internet sources that get in are the
    // DNAT rule's sourceAddresses (and IP groups).
    public static final Scenario FW_DNAT_SSH_FROM_ANYWHERE = exposed("fw-dnat-ssh-from-anywhere",
            "Classic DNAT rule of fw-hub (collection dnat-ssh): public IP:50022 → this VM:22 from *; NIC NSG has only the "
                    + "default rules, and AllowVnetInBound admits the firewall's translated source: exposed");
    public static final Scenario FW_DNAT_SSH_FROM_PUBLIC_RANGE = exposed("fw-dnat-ssh-from-public-range",
            "Classic DNAT of fw-hub: public IP:50023 → 22 from 203.0.113.0/24 (a public IPv4 range for the product's address "
                    + "sets: only private and reserved IPv4 space is not internet); NIC NSG default rules: exposed");
    public static final Scenario FW_DNAT_SSH_FROM_PRIVATE_ONLY = notExposed("fw-dnat-ssh-from-private-only",
            "Classic DNAT of fw-hub: public IP:50024 → 22 from 10.0.0.0/8 only: no internet source gets in: not exposed");
    public static final Scenario FW_DNAT_TO_APP_PORT = notExposed("fw-dnat-to-app-port",
            "Classic DNAT of fw-hub: public IP:8443 → this VM:443 from *: not a management port: not exposed");
    public static final Scenario FW_DNAT_NSG_DENIES_VNET = notExposed("fw-dnat-nsg-denies-vnet",
            "Classic DNAT of fw-hub: public IP:50025 → 22 from *; NIC NSG denies 22 from VirtualNetwork (200) ahead of "
                    + "AllowVnetInBound, and the translated traffic comes from the firewall's VNet address: not exposed");
    public static final Scenario FW_POLICY_DNAT_RDP = exposed("fw-policy-dnat-rdp",
            "Windows; firewall fw-hub-policy managed by policy fwp-hub (group DefaultDnatRuleCollectionGroup, collection "
                    + "dnat-rdp, action DNAT): public IP:53389 → 3389 from *; NIC NSG default rules: exposed");
    public static final Scenario FW_POLICY_DNAT_FROM_IP_GROUP = exposed("fw-policy-dnat-from-ip-group",
            "Policy DNAT rule of fwp-hub: public IP:50022 → 22 with sourceIpGroups [ipg-partners] (an IP group is not "
                    + "listed, so its members are unknown and lean to exposure); NIC NSG default rules: exposed");
    public static final Scenario FW_JIT_ACTIVE_GRANT = scenario("fw-jit-active-grant",
            "Linux behind fw-hub; JIT on 22 and 2222, policy entry publicIpAddress = the firewall's; an Initiated request "
                    + "(mappedPort 50122, from 153.120.40.21, ends 2 h after the moment served) and JIT's DNAT rule in collection "
                    + "MDC-JIT from that address; NIC NSG admits 22 from AzureFirewallSubnet (200) ahead of JIT's deny. "
                    + "An active grant: neither exposure nor bypass")
            .status(PROTECTED);
    public static final Scenario FW_JIT_GRANT_LEFT_AFTER_EXPIRY = scenario("fw-jit-grant-left-after-expiry",
            "As fw-jit-active-grant, but the request (mappedPort 50123, from 153.120.40.22) is Revoked/Expired and its "
                    + "MDC-JIT DNAT rule was left behind: an ordinary DNAT path to 22, exposed, and bypassing JIT")
            .failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED).status(PARTIAL);

    // --- Flexible scale sets: their VMs are ordinary VMs (rg-vmss-prod, Contoso Production) -----------------
    public static final Scenario FLEXIBLE_SCALE_SET_VM_EXPOSED = exposed("flexible-scale-set-vm-exposed",
            "VM of Flexible scale set vmss-flex-web (properties.virtualMachineScaleSet.id): checked like any VM; NIC NSG "
                    + "allows 22 from Internet, Standard public IP, in no JIT policy: exposed");
    public static final Scenario FLEXIBLE_SCALE_SET_VM_PROTECTED = scenario("flexible-scale-set-vm-protected",
            "VM of Flexible scale set vmss-flex-web; JIT on 22 and 2222 (JIT supports Flexible scale sets' VMs), Standard "
                    + "public IP, NIC NSG with JIT's deny rules: protected")
            .status(PROTECTED);

    // --- gaps -----------------------------------------------------------------------------------
    public static final Scenario VM_WITHOUT_NETWORK_PROFILE = scenario("vm-without-network-profile",
            "Gap: VM payload without networkProfile (no NIC known): nothing to evaluate")
            .notApplicable(VM_CHECKS).status(NO_NSG);

    /** Every scenario above, in table order. */
    public static final List<Scenario> ALL = List.of(
            PROTECTED_LINUX, PROTECTED_WINDOWS, PROTECTED_BY_SUBNET_NSG, SPECIALISED_DISK_WINDOWS, JIT_SOURCE_GOOD_LIST,
            JIT_VM_ID_OTHER_CASE, JIT_SHADOWS_USER_ALLOW, JIT_OPEN_REQUEST, JIT_OPEN_REQUEST_OLD_RULE_NAME, TWO_NICS_ONE_WITHOUT_NSG,
            JIT_WINDOWS_RDP_ONLY, JIT_UNKNOWN_OS_SSH_ONLY, JIT_MISSING_CUSTOM_PORT, JIT_DURATION_PT24H, JIT_DURATION_P1D,
            JIT_WINRM_PT3H, JIT_SOURCE_STAR, JIT_SOURCE_INTERNET, JIT_SOURCE_ANY_IPV4, JIT_SOURCE_ANY_IPV6, JIT_SOURCE_ANY,
            JIT_SOURCE_LIST_WITH_STAR, JIT_GRANT_LEFT_AFTER_REQUEST_ENDED, JIT_GRANT_WIDER_THAN_APPROVED, JIT_NAMED_USER_ALLOW,
            JIT_REQUEST_END_TIME_MALFORMED, JIT_REQUEST_END_TIME_MISSING, JIT_REQUEST_WITHOUT_SOURCE, JIT_BYPASSED,
            NO_NSG_BASIC_IP, NO_NSG_STANDARD_IP, NSG_WITHOUT_JIT, BASIC_IP_BEHIND_NSG, SANDBOX_NO_JIT_POLICY,
            SANDBOX_NO_JIT_POLICY_BASIC_IP, SCRIPT_IN_NAME,
            EXPOSED_VIA_PLURAL_FIELDS, EXPOSED_PORT_RANGE, EXPOSED_ANY_PORT, EXPOSED_FROM_INTERNET, EXPOSED_FROM_SERVICE_TAG,
            PARTIAL_DENY_THEN_ALLOW_ANY, DESTINATION_IS_NIC_IP, DESTINATION_ASG_MEMBER, DESTINATION_COVERS_NIC, CUSTOM_PORT_EXPOSED,
            NIC_WITHOUT_PRIVATE_IP, JIT_NAMED_DENY_WITHOUT_POLICY, DENY_SHADOWS_ALLOW, SUBNET_ALLOWS_NIC_DENIES, NIC_ALLOWS_SUBNET_DENIES, UDP_ALLOW_ONLY,
            OUTBOUND_ALLOW_ONLY, DESTINATION_ELSEWHERE, SOURCE_ASG_ONLY, INTERNET_ALLOW_WITHOUT_PUBLIC_IP,
            IPV6_PUBLIC_NSG_ALLOWS_IPV4_ANY, IPV6_PUBLIC_NSG_ALLOWS_IPV6_ANY, IPV6_PUBLIC_NSG_ALLOWS_INTERNET,
            IPV6_SOURCE_DOCUMENTATION_RANGE, IPV6_SOURCE_GLOBAL_UNICAST, IPV6_SOURCE_IPV4_MAPPED, IPV6_LOAD_BALANCER_FRONTEND,
            LB_NAT_CLASSIC_SSH_OPEN, LB_NAT_CLASSIC_SSH_DEFAULT_RULES, LB_NAT_V2_RDP_RANGE, LB_RULE_HTTPS_TO_SSH,
            LB_RULE_SSH_TO_APP_PORT, LB_RULE_UDP_RDP, LB_INTERNAL_RULE_SSH, LB_INTERNAL_HA_PORTS,
            LB_STANDARD_BACKEND_WITHOUT_NSG, LB_BASIC_BACKEND_WITHOUT_NSG, LB_FLOATING_IP_NSG_TO_FRONTEND,
            LB_NO_FLOATING_IP_NSG_TO_FRONTEND, LB_POOL_BY_IP_ADDRESS, LB_POOL_OF_UNLISTED_LOAD_BALANCER,
            LB_NAT_TO_JIT_COVERED_PORT, LB_NAT_JIT_BYPASSED,
            FW_DNAT_SSH_FROM_ANYWHERE, FW_DNAT_SSH_FROM_PUBLIC_RANGE, FW_DNAT_SSH_FROM_PRIVATE_ONLY, FW_DNAT_TO_APP_PORT,
            FW_DNAT_NSG_DENIES_VNET, FW_POLICY_DNAT_RDP, FW_POLICY_DNAT_FROM_IP_GROUP, FW_JIT_ACTIVE_GRANT,
            FW_JIT_GRANT_LEFT_AFTER_EXPIRY, FLEXIBLE_SCALE_SET_VM_EXPOSED, FLEXIBLE_SCALE_SET_VM_PROTECTED,
            VM_WITHOUT_NETWORK_PROFILE);

    private DemoScenarios() {
    }

    /** In a JIT policy covering 22; a JIT-named allow from one internet address that no request proves. */
    private static Scenario unprovenGrant(String name, String description) {
        return scenario(name, description).failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_BYPASSED)
                .status(PARTIAL);
    }

    /** In a JIT policy whose port 22 admits requests from anywhere; everything else right. */
    private static Scenario jitSource(String name, String description) {
        return scenario(name, description).failing(VM_JIT_SOURCE_RESTRICTED).status(PARTIAL);
    }

    /** NSG on the NIC, Standard public IP, in no JIT policy, a management port reachable from the internet. */
    private static Scenario exposed(String name, String description) {
        return scenario(name, description).failing(VM_MANAGEMENT_PORT_INTERNET_EXPOSED, VM_JIT_ENABLED)
                .notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    }

    /** NSG on the NIC, in no JIT policy, a rule that looks open but does not expose a management port. */
    private static Scenario notExposed(String name, String description) {
        return scenario(name, description).failing(VM_JIT_ENABLED)
                .notApplicable(JIT_QUALITY_CHECKS).status(UNPROTECTED);
    }
}
