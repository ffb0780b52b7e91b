package dev.portcullis.simulator.estate.builder;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.SimTenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the estate DSL: tenants, then subscriptions, resource groups, networks and VMs.
 * {@link #build()} writes JIT's NSG rules, links back-references and renders every resource once.
 *
 * <pre>{@code
 * EstateBuilder estate = new EstateBuilder();
 * SimTenant contoso = estate.tenant(CONTOSO_TENANT_ID, "Contoso", "contoso.onmicrosoft.com");
 * SubscriptionBuilder prod = estate.subscription(contoso, PROD_ID, "Contoso Production")
 *         .defender(DefenderPlan.STANDARD_P2, PASS);
 * SubnetBuilder web = prod.resourceGroup("rg-network", "japaneast")
 *         .virtualNetwork("vnet-prod", "10.10.0.0/16").subnet("snet-web", "10.10.1.0/24");
 * prod.resourceGroup("rg-web", "japaneast").linuxVm("web-01", PROTECTED_LINUX)
 *         .nic(web, nic -> nic.ownNsg().publicIp(PublicIpSku.STANDARD))
 *         .jit(JitPort.port(22, "PT3H", "10.0.0.0/8"));
 * Estate built = estate.build();
 * }</pre>
 */
public final class EstateBuilder {

    /** The day an estate describes unless {@link #onDay} says otherwise: after every creation and deletion. */
    public static final int LATEST_DAY = Integer.MAX_VALUE;

    private final List<SimTenant> tenants = new ArrayList<>();
    private final List<SubscriptionBuilder> subscriptions = new ArrayList<>();
    private final Set<String> vmNames = new HashSet<>();
    private final String publicAddressPrefix;
    private int publicAddressesHandedOut;
    private int publicIpv6AddressesHandedOut;
    private boolean built;
    private int day = LATEST_DAY;

    public EstateBuilder() {
        this("20.78");
    }

    /** @param publicAddressPrefix first two octets of the public IP addresses handed out, e.g. {@code 20.78} */
    public EstateBuilder(String publicAddressPrefix) {
        this.publicAddressPrefix = publicAddressPrefix;
    }

    /**
     * The day of the estate's history this builder describes: VMs with {@link VmBuilder#createdOn}
     * or {@link VmBuilder#deletedOn} exist only on their days. A VM that does not exist still takes
     * its private and public addresses, so the others keep theirs from one day to the next.
     */
    public EstateBuilder onDay(int day) {
        this.day = day;
        return this;
    }

    public int day() {
        return day;
    }

    public SimTenant tenant(String tenantId, String displayName, String defaultDomain) {
        SimTenant tenant = new SimTenant(tenantId, displayName, defaultDomain);
        tenants.add(tenant);
        return tenant;
    }

    public SubscriptionBuilder subscription(SimTenant tenant, String subscriptionId, String displayName) {
        SubscriptionBuilder subscription = new SubscriptionBuilder(this, tenant, subscriptionId, displayName);
        subscriptions.add(subscription);
        return subscription;
    }

    public Estate build() {
        if (built) {
            throw new IllegalStateException("an EstateBuilder builds once");
        }
        built = true;
        return new EstateAssembler().assemble(tenants, subscriptions);
    }

    /** Public IPv4 addresses in the prefix's /16: 254 a /24 (no .0 or .255), 256 of those. */
    public static final int MAX_PUBLIC_ADDRESSES = 254 * 256;

    String nextPublicAddress() {
        int n = publicAddressesHandedOut++;
        if (n >= MAX_PUBLIC_ADDRESSES) {
            throw new IllegalStateException("the estate needs more than " + MAX_PUBLIC_ADDRESSES
                    + " public IPv4 addresses, all " + publicAddressPrefix + ".x.y has");
        }
        return publicAddressPrefix + "." + (n / 254) % 256 + "." + (n % 254 + 1);
    }

    /** Public IPv6 addresses from Azure's space in japaneast, e.g. {@code 2603:1030:20e:3::17a}. */
    String nextPublicIpv6Address() {
        return "2603:1030:20e:3::" + Integer.toHexString(0x17a + publicIpv6AddressesHandedOut++);
    }

    void claimVmName(String name) {
        if (!vmNames.add(name)) {
            throw new IllegalArgumentException("VM names must be unique in an estate: " + name);
        }
    }
}
