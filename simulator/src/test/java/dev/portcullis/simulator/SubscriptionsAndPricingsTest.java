package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_TENANT_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscriptionsAndPricingsTest {

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void subscriptionsOfAllTenantsAreListedInArmShape() {
        List<Map<String, Object>> subscriptions = SIM.client().listAll("/subscriptions?api-version=2022-12-01");

        assertThat(subscriptions).extracting(s -> s.get("subscriptionId")).containsExactly(
                CONTOSO_PRODUCTION_SUBSCRIPTION_ID, CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID,
                FABRIKAM_RETAIL_SUBSCRIPTION_ID, FABRIKAM_SANDBOX_SUBSCRIPTION_ID);
        assertThat(subscriptions).extracting(s -> s.get("tenantId"))
                .containsExactly(CONTOSO_TENANT_ID, CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID, FABRIKAM_TENANT_ID);
        assertThat(subscriptions).allSatisfy(s -> {
            assertThat(s.get("id")).isEqualTo("/subscriptions/" + s.get("subscriptionId"));
            assertThat(s).containsEntry("state", "Enabled").containsEntry("authorizationSource", "RoleBased")
                    .containsKeys("displayName", "subscriptionPolicies");
        });
    }

    @Test
    void oneSubscriptionByIdAndTheTenantsList() {
        Map<String, Object> subscription = SIM.client().get("/subscriptions/" + FABRIKAM_SANDBOX_SUBSCRIPTION_ID + "?api-version=1").json();

        assertThat(subscription).containsEntry("displayName", "Fabrikam Sandbox").containsEntry("tenantId", FABRIKAM_TENANT_ID);
        assertThat(SIM.client().listAll("/tenants?api-version=2022-12-01")).extracting(t -> t.get("displayName"))
                .containsExactly("Contoso", "Fabrikam");
    }

    @Test
    void resourceGroupsAreListedAndServedById() {
        String sub = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID;

        assertThat(SIM.client().listAll(sub + "/resourcegroups?api-version=1")).extracting(g -> g.get("name"))
                .startsWith("rg-network-prod", "rg-web-prod", "rg-win-prod", "rg-edge-prod").contains("rg-jit-grants");
        assertThat(SIM.client().get(sub + "/resourceGroups/RG-WIN-PROD?api-version=1").json()).containsEntry("location", "eastus");
    }

    @Test
    void pricingsListVirtualMachinesAndOtherPlans() {
        List<Map<String, Object>> pricings = SIM.client().listAll(pricings(CONTOSO_PRODUCTION_SUBSCRIPTION_ID));

        assertThat(pricings).extracting(p -> p.get("name"))
                .contains("VirtualMachines", "SqlServers", "StorageAccounts");
        assertThat(pricings).allSatisfy(p -> assertThat((String) p.get("id"))
                .isEqualTo("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "/providers/Microsoft.Security/pricings/" + p.get("name")));
    }

    @Test
    void virtualMachinesPricingTakesEachShapeTheProductMustRead() {
        Map<String, Object> p2 = virtualMachinesPricing(CONTOSO_PRODUCTION_SUBSCRIPTION_ID);
        assertThat(Json.object(p2, "properties")).containsEntry("pricingTier", "Standard").containsEntry("subPlan", "P2");
        assertThat(Json.objects(p2, "properties", "extensions"))
                .allSatisfy(extension -> assertThat(extension.get("isEnabled")).isIn("True", "False"))
                .anySatisfy(extension -> assertThat(extension).containsEntry("name", "AgentlessVmScanning").containsEntry("isEnabled", "True"));

        assertThat(Json.object(virtualMachinesPricing(CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID), "properties"))
                .containsEntry("pricingTier", "Standard").containsEntry("subPlan", "P1");

        assertThat(Json.object(virtualMachinesPricing(FABRIKAM_SANDBOX_SUBSCRIPTION_ID), "properties"))
                .containsEntry("pricingTier", "Free").doesNotContainKey("subPlan").doesNotContainKey("extensions");

        Map<String, Object> legacy = virtualMachinesPricing(FABRIKAM_RETAIL_SUBSCRIPTION_ID);
        assertThat(Json.object(legacy, "properties")).containsEntry("pricingTier", "Standard").containsEntry("subPlan", "P2");
        assertThat(Json.objects(legacy, "properties", "extensions")).allSatisfy(extension -> {
            assertThat(extension).containsKey("type").doesNotContainKey("name");
            assertThat(extension.get("isEnabled")).isInstanceOf(Boolean.class);
        });
    }

    @Test
    void onePricingByNameInAnyCase() {
        String path = "/subscriptions/" + CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID + "/providers/microsoft.security/pricings/virtualmachines";

        assertThat(SIM.client().get(path + "?api-version=2024-01-01").json()).containsEntry("name", "VirtualMachines");
        assertThat(SIM.client().get(path.replace("virtualmachines", "Nope") + "?api-version=2024-01-01").errorCode())
                .isEqualTo("ResourceNotFound");
    }

    private static Map<String, Object> virtualMachinesPricing(String subscriptionId) {
        return SIM.client().listAll(pricings(subscriptionId)).stream()
                .filter(p -> "VirtualMachines".equals(p.get("name"))).findFirst().orElseThrow();
    }

    private static String pricings(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Security/pricings?api-version=2024-01-01";
    }
}
