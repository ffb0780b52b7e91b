package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.ArmTestClient;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What every estate the simulator serves must satisfy: every id one resource names is served
 * (whatever its case) and points back, and every resource and served page is strict JSON. Used on
 * today's estate ({@link DemoEstateReferencesTest}) and on each day of the demo ({@link DemoHistoryTest}).
 */
final class EstateInvariants {

    /** The one JIT entry left on purpose for a VM that no longer exists (every day). */
    static final String DELETED_VM = "/virtualMachines/web-retired-01";
    /** The one backend pool a NIC lists on purpose of a load balancer that is not served (scenario lb-pool-of-unlisted-load-balancer). */
    static final String UNLISTED_POOL = "/loadBalancers/lb-retired/backendAddressPools/pool-old";

    private final Estate estate;
    private final ArmCatalog catalog;

    private EstateInvariants(Estate estate) {
        this.estate = estate;
        this.catalog = estate.catalog();
    }

    static EstateInvariants of(Estate estate) {
        return new EstateInvariants(estate);
    }

    /** All the in-memory invariants below. */
    void assertAll() {
        vmsReferenceNicsThatPointBackAtThem();
        nicsReferenceExistingNsgsSubnetsAndPublicIps();
        subnetsAndNsgsReferenceEachOtherAndTheirNics();
        publicIpsPointAtExistingIpConfigurations();
        loadBalancerMembershipIsWrittenOnBothSides();
        loadBalancerRulesReferenceTheirOwnFrontendsAndPools();
        firewallsAndPoliciesReferenceEachOtherAndTranslateToServedNics();
        scaleSetsReferenceServedResourcesAndListTheirInstanceNics();
        jitPoliciesNameExistingVmsExceptTheOneDeletedOnPurpose();
        everyResourceIsStrictJsonWithItsOwnIdInCanonicalCase();
    }

    void vmsReferenceNicsThatPointBackAtThem() {
        for (Map<String, Object> vm : all(ResourceType.VIRTUAL_MACHINES)) {
            for (Map<String, Object> ref : Json.objects(vm, "properties", "networkProfile", "networkInterfaces")) {
                Map<String, Object> nic = resolve(Json.string(ref, "id"));
                assertThat(Json.string(nic, "properties", "virtualMachine", "id")).isEqualToIgnoringCase(Json.string(vm, "id"));
            }
        }
    }

    void nicsReferenceExistingNsgsSubnetsAndPublicIps() {
        int publicIps = 0;
        for (Map<String, Object> nic : all(ResourceType.NETWORK_INTERFACES)) {
            String nsg = Json.string(nic, "properties", "networkSecurityGroup", "id");
            if (nsg != null) {
                resolve(nsg);
            }
            resolve(Json.string(nic, "properties", "virtualMachine", "id"));
            for (Map<String, Object> config : Json.objects(nic, "properties", "ipConfigurations")) {
                resolve(Json.string(config, "properties", "subnet", "id"));
                for (Map<String, Object> pool : Json.objects(config, "properties", "loadBalancerBackendAddressPools")) {
                    String poolId = Json.string(pool, "id");
                    if (poolId.endsWith(UNLISTED_POOL)) {
                        assertThat(catalog.find(poolId)).as("the pool of an unlisted load balancer").isEmpty();
                        continue;
                    }
                    assertThat(ids(Json.objects(resolve(poolId), "properties", "backendIPConfigurations")))
                            .as("pool %s lists %s", poolId, Json.string(config, "id"))
                            .anySatisfy(id -> assertThat(id).isEqualToIgnoringCase(Json.string(config, "id")));
                }
                for (Map<String, Object> rule : Json.objects(config, "properties", "loadBalancerInboundNatRules")) {
                    assertThat(Json.string(resolve(Json.string(rule, "id")), "properties", "backendIPConfiguration", "id"))
                            .isEqualToIgnoringCase(Json.string(config, "id"));
                }
                String publicIp = Json.string(config, "properties", "publicIPAddress", "id");
                if (publicIp != null) {
                    publicIps++;
                    assertThat(Json.string(resolve(publicIp), "properties", "ipConfiguration", "id"))
                            .isEqualToIgnoringCase(Json.string(config, "id"));
                }
            }
        }
        assertThat(publicIps).isGreaterThan(30);
    }

    void subnetsAndNsgsReferenceEachOtherAndTheirNics() {
        for (Map<String, Object> vnet : all(ResourceType.VIRTUAL_NETWORKS)) {
            for (Map<String, Object> subnet : Json.objects(vnet, "properties", "subnets")) {
                assertThat(resolve(Json.string(subnet, "id"))).isEqualTo(subnet);
                String nsg = Json.string(subnet, "properties", "networkSecurityGroup", "id");
                if (nsg != null) {
                    assertThat(Json.objects(resolve(nsg), "properties", "subnets")).extracting(ref -> ref.get("id"))
                            .anySatisfy(id -> assertThat((String) id).isEqualToIgnoringCase(Json.string(subnet, "id")));
                }
                for (Map<String, Object> config : Json.objects(subnet, "properties", "ipConfigurations")) {
                    resolve(nicOf(Json.string(config, "id")));
                }
            }
        }
        for (Map<String, Object> nsg : all(ResourceType.NETWORK_SECURITY_GROUPS)) {
            for (Map<String, Object> nic : Json.objects(nsg, "properties", "networkInterfaces")) {
                assertThat(Json.string(resolve(Json.string(nic, "id")), "properties", "networkSecurityGroup", "id"))
                        .isEqualToIgnoringCase(Json.string(nsg, "id"));
            }
            Json.objects(nsg, "properties", "subnets").forEach(subnet -> resolve(Json.string(subnet, "id")));
        }
    }

    /** A public IP's {@code ipConfiguration} is a NIC's, a load balancer frontend's or a firewall's, and points back. */
    void publicIpsPointAtExistingIpConfigurations() {
        for (Map<String, Object> ip : all(ResourceType.PUBLIC_IP_ADDRESSES)) {
            String config = Json.string(ip, "properties", "ipConfiguration", "id");
            if (config != null) {
                Map<String, Object> owner = resolve(parentOf(config));
                List<Map<String, Object>> configs = new ArrayList<>();
                configs.addAll(Json.objects(owner, "properties", "ipConfigurations"));
                configs.addAll(Json.objects(owner, "properties", "frontendIPConfigurations"));
                assertThat(configs).as("%s holds %s", Json.string(owner, "id"), config)
                        .anySatisfy(c -> {
                            assertThat(Json.string(c, "id")).isEqualToIgnoringCase(config);
                            assertThat(Json.string(c, "properties", "publicIPAddress", "id")).isEqualToIgnoringCase(Json.string(ip, "id"));
                        });
            }
            assertThat(Json.string(ip, "sku", "name")).isIn("Basic", "Standard");
            assertThat(Json.string(ip, "properties", "publicIPAddressVersion")).isIn("IPv4", "IPv6");
            if ("IPv6".equals(Json.string(ip, "properties", "publicIPAddressVersion"))) {
                assertThat(Json.string(ip, "sku", "name")).isEqualTo("Standard");
                assertThat(Json.string(ip, "properties", "ipAddress")).contains(":");
            }
        }
    }

    /**
     * Every member a pool lists (by NIC IP configuration) is a served IP configuration that lists the
     * pool back; a classic NAT rule's backend lists the rule back; pools by IP address name a served network.
     */
    void loadBalancerMembershipIsWrittenOnBothSides() {
        for (Map<String, Object> lb : all(ResourceType.LOAD_BALANCERS)) {
            for (Map<String, Object> pool : Json.objects(lb, "properties", "backendAddressPools")) {
                for (String member : ids(Json.objects(pool, "properties", "backendIPConfigurations"))) {
                    Map<String, Object> config = ipConfiguration(member);
                    assertThat(ids(Json.objects(config, "properties", "loadBalancerBackendAddressPools")))
                            .as("%s lists pool %s", member, Json.string(pool, "id"))
                            .anySatisfy(id -> assertThat(id).isEqualToIgnoringCase(Json.string(pool, "id")));
                }
                for (Map<String, Object> address : Json.objects(pool, "properties", "loadBalancerBackendAddresses")) {
                    assertThat(Json.string(address, "properties", "ipAddress")).isNotBlank();
                    resolve(Json.string(address, "properties", "virtualNetwork", "id"));
                }
            }
            for (Map<String, Object> rule : Json.objects(lb, "properties", "inboundNatRules")) {
                String backend = Json.string(rule, "properties", "backendIPConfiguration", "id");
                if (backend != null) {
                    assertThat(ids(Json.objects(ipConfiguration(backend), "properties", "loadBalancerInboundNatRules")))
                            .anySatisfy(id -> assertThat(id).isEqualToIgnoringCase(Json.string(rule, "id")));
                }
            }
        }
    }

    /** Rules and NAT pools name frontends and pools of their own load balancer, each served by id; frontends name served public IPs or subnets. */
    void loadBalancerRulesReferenceTheirOwnFrontendsAndPools() {
        for (Map<String, Object> lb : all(ResourceType.LOAD_BALANCERS)) {
            String lbId = Json.string(lb, "id");
            assertThat(Json.string(lb, "sku", "name")).isIn("Basic", "Standard");
            for (String collection : List.of("frontendIPConfigurations", "backendAddressPools", "inboundNatRules",
                    "inboundNatPools", "loadBalancingRules")) {
                for (Map<String, Object> part : Json.objects(lb, "properties", collection)) {
                    assertThat(resolve(Json.string(part, "id"))).isEqualTo(part);
                    for (String reference : List.of("frontendIPConfiguration", "backendAddressPool")) {
                        String id = Json.string(part, "properties", reference, "id");
                        if (id != null) {
                            assertThat(id.toLowerCase()).startsWith(lbId.toLowerCase() + "/");
                            resolve(id);
                        }
                    }
                    ids(Json.objects(part, "properties", "backendAddressPools")).forEach(id -> {
                        assertThat(id.toLowerCase()).startsWith(lbId.toLowerCase() + "/");
                        resolve(id);
                    });
                }
            }
            for (Map<String, Object> frontend : Json.objects(lb, "properties", "frontendIPConfigurations")) {
                String publicIp = Json.string(frontend, "properties", "publicIPAddress", "id");
                String subnet = Json.string(frontend, "properties", "subnet", "id");
                assertThat(publicIp == null ^ subnet == null).as("public xor internal: %s", Json.string(frontend, "id")).isTrue();
                resolve(publicIp != null ? publicIp : subnet);
            }
        }
    }

    void jitPoliciesNameExistingVmsExceptTheOneDeletedOnPurpose() {
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> policy : all(ResourceType.JIT_NETWORK_ACCESS_POLICIES)) {
            for (Map<String, Object> vm : Json.objects(policy, "properties", "virtualMachines")) {
                String id = Json.string(vm, "id");
                if (catalog.find(id).isEmpty()) {
                    missing.add(id);
                }
            }
        }
        assertThat(missing).singleElement().asString().endsWith(DELETED_VM);
    }

    void everyResourceIsStrictJsonWithItsOwnIdInCanonicalCase() {
        List<ArmResource> resources = StreamSupport.stream(catalog.allResources().spliterator(), false).toList();

        assertThat(resources).hasSizeGreaterThan(200).allSatisfy(resource -> {
            Map<String, Object> json = StrictJson.parseObject(resource.json());
            assertThat(json.get("id")).isEqualTo(resource.id());
            assertThat(resource.id()).contains("/subscriptions/" + resource.subscriptionId());
        });
    }

    /**
     * Over HTTP, with {@code pageSize} items a page: every page of every list is strict JSON, and
     * each list (by subscription, by resource group, by location) holds the subscription's resources.
     */
    void everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources(int pageSize) {
        try (ArmSimulator sim = ArmSimulator.start(estate, SimulatorOptions.defaults().pageSize(pageSize))) {
            everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources(new ArmTestClient(sim.baseUrl()), true);
        }
    }

    /**
     * The same, asking a simulator that serves this estate now; the lists by resource group and by
     * location only when {@code byGroupAndLocation} (they take most of the requests).
     */
    void everyServedListPageIsStrictJsonAndHoldsTheSubscriptionsResources(ArmTestClient client, boolean byGroupAndLocation) {
        for (SimSubscription subscription : estate.subscriptions()) {
            String sub = "/subscriptions/" + subscription.subscriptionId();
            List<String> groups = client.listAll(sub + "/resourcegroups?api-version=1").stream()
                    .map(group -> Json.string(group, "name")).toList();
            for (ResourceType type : ResourceType.values()) {
                String provider = "/providers/" + type.providerPath() + "?api-version=1";
                assertThat(client.listAll(sub + provider)).as(type + " in " + subscription.displayName())
                        .hasSize(catalog.list(subscription.subscriptionId(), type).size());
                int inGroups = 0;
                for (String group : type.listableByResourceGroup() && byGroupAndLocation ? groups : List.<String>of()) {
                    inGroups += client.listAll(sub + "/resourceGroups/" + group + provider).size();
                }
                if (type.listableByResourceGroup() && byGroupAndLocation) {
                    assertThat(inGroups).isEqualTo(catalog.list(subscription.subscriptionId(), type).size());
                }
                if (type.listableByLocation() && byGroupAndLocation) {
                    String located = "/providers/" + type.namespace() + "/locations/%s/" + type.typeName() + "?api-version=1";
                    int byLocation = client.listAll(sub + located.formatted(DemoEstate.JAPANEAST)).size()
                            + client.listAll(sub + located.formatted(DemoEstate.EASTUS)).size();
                    assertThat(byLocation).isEqualTo(catalog.list(subscription.subscriptionId(), type).size());
                }
            }
        }
    }

    private List<Map<String, Object>> all(ResourceType type) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (SimSubscription subscription : estate.subscriptions()) {
            catalog.list(subscription.subscriptionId(), type).forEach(json -> resources.add(StrictJson.parseObject(json)));
        }
        assertThat(resources).as(type.toString()).isNotEmpty();
        return resources;
    }

    private Map<String, Object> resolve(String id) {
        assertThat(id).isNotNull();
        ArmResource resource = catalog.find(id).orElse(null);
        assertThat(resource).as("referenced id %s", id).isNotNull();
        return StrictJson.parseObject(resource.json());
    }

    /**
     * A firewall sits in an {@code AzureFirewallSubnet} with a served public IP; a policy-managed one
     * names a policy that names it back; every DNAT rule's destination is its firewall's public IP and
     * its translated address a private IP of a served NIC; a policy's groups are served and listed.
     */
    void firewallsAndPoliciesReferenceEachOtherAndTranslateToServedNics() {
        Set<String> privateIps = new HashSet<>();
        for (Map<String, Object> nic : all(ResourceType.NETWORK_INTERFACES)) {
            Json.objects(nic, "properties", "ipConfigurations").forEach(c -> privateIps.add(Json.string(c, "properties", "privateIPAddress")));
        }
        Map<String, String> publicAddressOfPolicy = new HashMap<>();
        for (Map<String, Object> firewall : all(ResourceType.AZURE_FIREWALLS)) {
            Map<String, Object> config = Json.objects(firewall, "properties", "ipConfigurations").get(0);
            assertThat(Json.string(config, "properties", "subnet", "id")).endsWith("/subnets/AzureFirewallSubnet");
            resolve(Json.string(config, "properties", "subnet", "id"));
            String publicAddress = Json.string(resolve(Json.string(config, "properties", "publicIPAddress", "id")), "properties", "ipAddress");
            for (Map<String, Object> collection : Json.objects(firewall, "properties", "natRuleCollections")) {
                assertThat(Json.string(collection, "properties", "action", "type")).isEqualTo("Dnat");
                for (Map<String, Object> rule : Json.objects(collection, "properties", "rules")) {
                    assertThat(Json.strings(rule, "destinationAddresses")).containsExactly(publicAddress);
                    assertThat(privateIps).as("translated address of %s", rule.get("name")).contains(Json.string(rule, "translatedAddress"));
                }
            }
            String policy = Json.string(firewall, "properties", "firewallPolicy", "id");
            if (policy != null) {
                assertThat(Json.objects(firewall, "properties", "natRuleCollections")).isEmpty();
                assertThat(ids(Json.objects(resolve(policy), "properties", "firewalls")))
                        .anySatisfy(id -> assertThat(id).isEqualToIgnoringCase(Json.string(firewall, "id")));
                publicAddressOfPolicy.put(policy.toLowerCase(), publicAddress);
            }
        }
        for (Map<String, Object> policy : all(ResourceType.FIREWALL_POLICIES)) {
            List<String> groups = ids(Json.objects(policy, "properties", "ruleCollectionGroups"));
            assertThat(catalog.childList(Json.string(policy, "id") + "/ruleCollectionGroups")).get()
                    .satisfies(listed -> assertThat(listed).hasSameSizeAs(groups));
            for (String groupId : groups) {
                for (Map<String, Object> collection : Json.objects(resolve(groupId), "properties", "ruleCollections")) {
                    assertThat(collection).containsEntry("ruleCollectionType", "FirewallPolicyNatRuleCollection");
                    assertThat(Json.string(collection, "action", "type")).isEqualTo("DNAT");
                    for (Map<String, Object> rule : Json.objects(collection, "rules")) {
                        assertThat(rule).containsEntry("ruleType", "NatRule");
                        assertThat(Json.strings(rule, "destinationAddresses"))
                                .containsExactly(publicAddressOfPolicy.get(Json.string(policy, "id").toLowerCase()));
                        assertThat(privateIps).contains(Json.string(rule, "translatedAddress"));
                    }
                }
            }
        }
    }

    /**
     * A Uniform scale set's profile names served NSGs, subnets, pools and NAT pools; its NIC list holds
     * one NIC per instance (sku.capacity), each in the profile's subnet, with a served public IP that
     * points back when the profile asks for one; every Uniform scale set carries an expectation. A VM
     * naming a scale set names a served Flexible one.
     */
    void scaleSetsReferenceServedResourcesAndListTheirInstanceNics() {
        List<String> uniform = new ArrayList<>();
        for (Map<String, Object> scaleSet : all(ResourceType.VIRTUAL_MACHINE_SCALE_SETS)) {
            String id = Json.string(scaleSet, "id");
            if (!"Uniform".equals(Json.string(scaleSet, "properties", "orchestrationMode"))) {
                assertThat(Json.string(scaleSet, "properties", "orchestrationMode")).isEqualTo("Flexible");
                assertThat(catalog.childList(id + "/networkInterfaces")).isEmpty();
                continue;
            }
            uniform.add(id);
            Map<String, Object> nicConfig = Json.objects(scaleSet, "properties", "virtualMachineProfile", "networkProfile",
                    "networkInterfaceConfigurations").get(0);
            String nsg = Json.string(nicConfig, "properties", "networkSecurityGroup", "id");
            if (nsg != null) {
                resolve(nsg);
            }
            Map<String, Object> ipConfig = Json.objects(nicConfig, "properties", "ipConfigurations").get(0);
            String subnet = Json.string(ipConfig, "properties", "subnet", "id");
            resolve(subnet);
            ids(Json.objects(ipConfig, "properties", "loadBalancerBackendAddressPools")).forEach(this::resolve);
            ids(Json.objects(ipConfig, "properties", "loadBalancerInboundNatPools")).forEach(this::resolve);
            boolean publicIps = Json.at(ipConfig, "properties", "publicIPAddressConfiguration") != null;
            List<String> nics = catalog.childList(id + "/networkInterfaces").orElseThrow();
            assertThat(nics).hasSize(((Number) Json.at(scaleSet, "sku", "capacity")).intValue());
            for (String json : nics) {
                Map<String, Object> nic = StrictJson.parseObject(json);
                assertThat(Json.string(nic, "id")).startsWith(id + "/virtualMachines/");
                assertThat(resolve(Json.string(nic, "id"))).isEqualTo(nic);
                Map<String, Object> config = Json.objects(nic, "properties", "ipConfigurations").get(0);
                assertThat(Json.string(config, "properties", "subnet", "id")).isEqualToIgnoringCase(subnet);
                String publicIp = Json.string(config, "properties", "publicIPAddress", "id");
                assertThat(publicIp != null).isEqualTo(publicIps);
                if (publicIp != null) {
                    assertThat(Json.string(resolve(publicIp), "properties", "ipConfiguration", "id"))
                            .isEqualToIgnoringCase(Json.string(config, "id"));
                }
            }
        }
        assertThat(estate.scaleSets()).extracting(SimScaleSet::resourceId).containsExactlyInAnyOrderElementsOf(uniform);
        for (Map<String, Object> vm : all(ResourceType.VIRTUAL_MACHINES)) {
            String scaleSet = Json.string(vm, "properties", "virtualMachineScaleSet", "id");
            if (scaleSet != null) {
                assertThat(Json.string(resolve(scaleSet), "properties", "orchestrationMode")).isEqualTo("Flexible");
            }
        }
    }

    private static List<String> ids(List<Map<String, Object>> references) {
        return references.stream().map(reference -> Json.string(reference, "id")).toList();
    }

    /** The IP configuration with this id, found in its NIC. */
    private Map<String, Object> ipConfiguration(String id) {
        return Json.objects(resolve(parentOf(id)), "properties", "ipConfigurations").stream()
                .filter(config -> id.equalsIgnoreCase(Json.string(config, "id")))
                .findFirst().orElseThrow(() -> new AssertionError("no IP configuration " + id));
    }

    /** {@code .../networkInterfaces/n/ipConfigurations/c} → {@code .../networkInterfaces/n}. */
    private static String parentOf(String childId) {
        String withoutName = childId.substring(0, childId.lastIndexOf('/'));
        return withoutName.substring(0, withoutName.lastIndexOf('/'));
    }

    private static String nicOf(String ipConfigurationId) {
        return ipConfigurationId.substring(0, ipConfigurationId.toLowerCase().indexOf("/ipconfigurations/"));
    }
}
