package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_RETAIL_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JitPolicyScopesTest {

    private static final String RETAIL = "/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID;
    private static final String JIT = "jitNetworkAccessPolicies?api-version=2020-01-01";
    private static final String POLICY_ID = "/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID
            + "/resourceGroups/rg-retail-shared/providers/Microsoft.Security/locations/eastus/jitNetworkAccessPolicies/default";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo(SimulatorOptions.defaults().pageSize(1));

    @Test
    void subscriptionScopeListsEveryPolicyOfTheSubscription() {
        assertThat(ids(RETAIL + "/providers/Microsoft.Security/" + JIT)).containsExactly(
                policy("rg-retail-core", "eastus"), policy("rg-retail-shared", "japaneast"), policy("rg-retail-shared", "eastus"));
        assertThat(ids("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "/providers/Microsoft.Security/" + JIT)).hasSize(6);
    }

    @Test
    void locationScopeListsThePoliciesOfThatLocation() {
        assertThat(ids(RETAIL + "/providers/Microsoft.Security/locations/eastus/" + JIT))
                .containsExactly(policy("rg-retail-core", "eastus"), policy("rg-retail-shared", "eastus"));
        assertThat(ids(RETAIL + "/providers/Microsoft.Security/locations/japaneast/" + JIT))
                .containsExactly(policy("rg-retail-shared", "japaneast"));
    }

    @Test
    void resourceGroupScopeListsThePoliciesOfThatGroupInEveryLocation() {
        assertThat(ids(RETAIL + "/resourceGroups/rg-retail-shared/providers/Microsoft.Security/" + JIT))
                .containsExactly(policy("rg-retail-shared", "japaneast"), policy("rg-retail-shared", "eastus"));
    }

    @Test
    void resourceGroupAndLocationScopeListsOnePolicy() {
        assertThat(ids(RETAIL + "/resourceGroups/rg-retail-shared/providers/Microsoft.Security/locations/eastus/" + JIT))
                .containsExactly(POLICY_ID);
        assertThat(ids(RETAIL + "/resourceGroups/rg-retail-core/providers/Microsoft.Security/locations/japaneast/" + JIT)).isEmpty();
    }

    @Test
    void onePolicyByIdIsTheBasicPolicyNamedDefault() {
        Map<String, Object> policy = SIM.client().get(POLICY_ID + "?api-version=2020-01-01").json();

        assertThat(policy).containsEntry("id", POLICY_ID).containsEntry("name", "default")
                .containsEntry("kind", "Basic").containsEntry("location", "eastus");
        assertThat(Json.objects(policy, "properties", "virtualMachines")).extracting(vm -> vm.get("id"))
                .containsExactly(SIM.simulator().estate().virtualMachine("shared-eus-win-01").resourceId());
    }

    @Test
    void unknownPolicyNameIsResourceNotFound() {
        ArmTestClient.Response response = SIM.client().get(POLICY_ID.replace("/default", "/other") + "?api-version=2020-01-01");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("ResourceNotFound");
    }

    @Test
    void subscriptionWithoutJitHasEmptyListsAtEveryScope() {
        String sandbox = "/subscriptions/" + FABRIKAM_SANDBOX_SUBSCRIPTION_ID;

        assertThat(ids(sandbox + "/providers/Microsoft.Security/" + JIT)).isEmpty();
        assertThat(ids(sandbox + "/providers/Microsoft.Security/locations/japaneast/" + JIT)).isEmpty();
        assertThat(ids(sandbox + "/resourceGroups/rg-sandbox/providers/Microsoft.Security/" + JIT)).isEmpty();
        assertThat(ids(sandbox + "/resourceGroups/rg-sandbox/providers/Microsoft.Security/locations/japaneast/" + JIT)).isEmpty();
    }

    private static List<String> ids(String pathAndQuery) {
        return SIM.client().listAll(pathAndQuery).stream().map(policy -> Json.string(policy, "id")).toList();
    }

    private static String policy(String resourceGroup, String location) {
        return "/subscriptions/" + FABRIKAM_RETAIL_SUBSCRIPTION_ID + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.Security/locations/" + location + "/jitNetworkAccessPolicies/default";
    }
}
