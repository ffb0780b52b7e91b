package dev.portcullis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.LargeEstate;
import dev.portcullis.simulator.estate.ResourceType;
import dev.portcullis.simulator.estate.builder.ArmIds;
import dev.portcullis.simulator.fault.Fault;
import dev.portcullis.simulator.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists added for every path to the internet (load balancers, firewalls, firewall policies,
 * scale sets): served per subscription and per resource group, an empty list where a subscription
 * has none, and a firewall policy's rule collection groups as its child list.
 */
class NewResourceListsTest {

    private static final List<ResourceType> NEW_TYPES = List.of(ResourceType.LOAD_BALANCERS, ResourceType.AZURE_FIREWALLS,
            ResourceType.FIREWALL_POLICIES, ResourceType.VIRTUAL_MACHINE_SCALE_SETS);
    private static ArmSimulator sim;
    private static ArmTestClient client;

    @BeforeAll
    static void start() {
        sim = ArmSimulator.start(Estate.demo().withLarge(10), SimulatorOptions.defaults().pageSize(2));
        client = new ArmTestClient(sim.baseUrl());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aSubscriptionWithoutTheNewResourcesAnswersAnEmptyList() {
        for (String subscription : List.of(DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID, DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID)) {
            for (ResourceType type : NEW_TYPES) {
                ArmTestClient.Response response = client.get("/subscriptions/" + subscription + "/providers/" + type.providerPath()
                        + "?api-version=2024-05-01");

                assertThat(response.status()).as(type + " in " + subscription).isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"value\":[]}");
            }
        }
        ArmTestClient.Response inGroup = client.get("/subscriptions/" + DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID
                + "/resourceGroups/rg-sandbox/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01");
        assertThat(inGroup.body()).isEqualTo("{\"value\":[]}");
    }

    @Test
    void loadBalancersArePagedPerSubscriptionAndPerResourceGroup() {
        String sub = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

        List<Map<String, Object>> all = client.listAll(sub + "/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01");
        List<Map<String, Object>> inGroup = client.listAll(sub + "/resourceGroups/rg-lb-prod/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01");

        assertThat(all).extracting(lb -> lb.get("name"))
                .containsExactly("lb-prod-public", "lb-prod-internal", "lb-prod-basic", "lb-vmss-public", "lb-vmss-internal");
        assertThat(inGroup).isEqualTo(all.subList(0, 3));
        assertThat(client.pages(sub + "/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01")).hasSize(3);
    }

    @Test
    void aFirewallPolicyListsItsRuleCollectionGroupsAsChildren() {
        String policy = ArmIds.resource(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-fw-prod",
                "Microsoft.Network/firewallPolicies", "fwp-hub");

        List<Map<String, Object>> groups = client.listAll(policy + "/ruleCollectionGroups?api-version=2024-05-01");
        List<Map<String, Object>> sameInOtherCase = client.listAll(policy.toLowerCase() + "/RULECOLLECTIONGROUPS?api-version=2024-05-01");

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group).containsEntry("name", "DefaultDnatRuleCollectionGroup");
            assertThat(Json.objects(group, "properties", "ruleCollections")).extracting(c -> c.get("ruleCollectionType"))
                    .containsOnly("FirewallPolicyNatRuleCollection");
        });
        assertThat(sameInOtherCase).isEqualTo(groups);
        assertThat(client.getPath((String) groups.get(0).get("id"), "api-version=2024-05-01").status()).isEqualTo(200);
    }

    @Test
    void theChildListOfAnUnknownPolicyIsNotFound() {
        String unknown = ArmIds.resource(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID, "rg-fw-prod",
                "Microsoft.Network/firewallPolicies", "fwp-nowhere");

        assertThat(client.get(unknown + "/ruleCollectionGroups?api-version=2024-05-01").status()).isEqualTo(404);
    }

    /** What a scan that lacks the role for one new list meets: that list alone answers 403, the others still answer. */
    @Test
    void aForbiddenLoadBalancerListFailsAloneWhenTheFaultSaysSo() {
        String sub = "/subscriptions/" + DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
        sim.faults().add(Fault.status(403).matching("(?i)/providers/Microsoft.Network/loadBalancers$"));
        try {
            ArmTestClient.Response forbidden = client.get(sub + "/providers/Microsoft.Network/loadBalancers?api-version=2024-05-01");

            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(Json.string(forbidden.json(), "error", "code")).isEqualTo("AuthorizationFailed");
            assertThat(client.get(sub + "/providers/Microsoft.Network/azureFirewalls?api-version=2024-05-01").status()).isEqualTo(200);
        } finally {
            sim.faults().clear();
        }
    }

    @Test
    void theLargeEstateAnswersEmptyListsForTypesItLacks() {
        String sub = "/subscriptions/" + LargeEstate.LARGE_CORP_SUBSCRIPTION_ID;

        for (ResourceType type : List.of(ResourceType.AZURE_FIREWALLS, ResourceType.FIREWALL_POLICIES,
                ResourceType.VIRTUAL_MACHINE_SCALE_SETS)) {
            assertThat(client.get(sub + "/providers/" + type.providerPath() + "?api-version=2024-05-01").body())
                    .as(type.toString()).isEqualTo("{\"value\":[]}");
        }
    }
}
