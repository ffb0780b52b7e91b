package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.estate.SimSubscription;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.simulator.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArmPagingTest {

    private static final int PAGE_SIZE = 7;
    private static final String VMS = "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo(SimulatorOptions.defaults().pageSize(PAGE_SIZE));

    @Test
    void followingNextLinkWalksEveryVmOfEachSubscriptionExactlyOnce() {
        for (SimSubscription subscription : SIM.simulator().estate().subscriptions()) {
            List<String> served = SIM.client().listAll("/subscriptions/" + subscription.subscriptionId() + VMS).stream()
                    .map(vm -> Json.string(vm, "id"))
                    .toList();

            assertThat(served).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(SIM.simulator().estate().virtualMachinesIn(subscription.subscriptionId()).stream()
                            .map(SimVm::resourceId).toList());
        }
    }

    @Test
    void pagesHoldPageSizeItemsAndOnlyTheLastOneHasNoNextLink() {
        int vms = SIM.simulator().estate().virtualMachinesIn(CONTOSO_PRODUCTION_SUBSCRIPTION_ID).size();

        List<Map<String, Object>> pages = SIM.client().pages("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + VMS);

        assertThat(pages).hasSize((vms + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int i = 0; i < pages.size() - 1; i++) {
            assertThat(Json.objects(pages.get(i), "value")).hasSize(PAGE_SIZE);
            assertThat(pages.get(i)).containsKey("nextLink");
        }
        assertThat(pages.get(pages.size() - 1)).doesNotContainKey("nextLink");
    }

    @Test
    void nextLinkIsAbsoluteOnTheServersBaseUrlWithTheSamePathApiVersionAndASkipToken() {
        String path = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "/providers/Microsoft.Compute/virtualMachines";

        String nextLink = Json.string(SIM.client().get(path + "?api-version=2025-04-01").json(), "nextLink");

        assertThat(nextLink).isEqualTo(SIM.simulator().baseUrl() + path + "?api-version=2025-04-01&$skiptoken=" + PAGE_SIZE);
        String following = Json.string(SIM.client().getUrl(nextLink).json(), "nextLink");
        assertThat(following).endsWith("?api-version=2025-04-01&$skiptoken=" + 2 * PAGE_SIZE);
    }

    @Test
    void resourceGroupListsPageThrough() {
        List<Map<String, Object>> vms = SIM.client().listAll("/subscriptions/" + CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID
                + "/resourceGroups/rg-dev-apps" + VMS);

        assertThat(vms).hasSize(12).allSatisfy(vm -> assertThat(Json.string(vm, "id")).contains("/resourceGroups/rg-dev-apps/"));
    }

    @Test
    void emptyListIsAValueArrayWithoutNextLink() {
        ArmTestClient.Response response = SIM.client().get("/subscriptions/" + FABRIKAM_SANDBOX_SUBSCRIPTION_ID
                + "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version=2020-01-01");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"value\":[]}");
    }

    @Test
    void skipTokenThatIsNotAnOffsetIsAnArmError() {
        ArmTestClient.Response response = SIM.client().get("/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + VMS + "&$skiptoken=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("InvalidSkipToken");
    }

    @Test
    void subscriptionListPagesLikeAnyOther() {
        try (ArmSimulator small = ArmSimulator.start(Estate.demo(), SimulatorOptions.defaults().pageSize(3))) {
            ArmTestClient smallClient = new ArmTestClient(small.baseUrl());

            assertThat(smallClient.pages("/subscriptions?api-version=2022-12-01")).hasSize(2);
            assertThat(smallClient.listAll("/subscriptions?api-version=2022-12-01")).hasSize(4);
        }
    }
}
