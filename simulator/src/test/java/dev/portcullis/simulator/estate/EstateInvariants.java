package dev.portcullis.simulator.estate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.ArmTestClient;
import dev.portcullis.simulator.SimulatorOptions;
import dev.portcullis.simulator.json.Json;
import dev.portcullis.simulator.json.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * What every estate the simulator serves must satisfy: every id one resource names is served
 * (whatever its case) and points back, and every resource and served page is strict JSON. Used on
 * today's estate ({@link DemoEstateReferencesTest}) and on each day of the demo ({@link DemoHistoryTest}).
 */
final class EstateInvariants {

    /** The one JIT entry left on purpose for a VM that no longer exists (every day). */
    static final String DELETED_VM = "/virtualMachines/web-retired-01";

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

    void publicIpsPointAtExistingIpConfigurations() {
        for (Map<String, Object> ip : all(ResourceType.PUBLIC_IP_ADDRESSES)) {
            String config = Json.string(ip, "properties", "ipConfiguration", "id");
            if (config != null) {
                resolve(nicOf(config));
            }
            assertThat(Json.string(ip, "sku", "name")).isIn("Basic", "Standard");
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

    private static String nicOf(String ipConfigurationId) {
        return ipConfigurationId.substring(0, ipConfigurationId.toLowerCase().indexOf("/ipconfigurations/"));
    }
}
