package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseInsensitivePathsTest {

    private static final String SUB = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String WEB_01 = SUB + "/resourceGroups/rg-web-prod/providers/Microsoft.Compute/virtualMachines/web-01";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @Test
    void listsAnswerWhateverTheCaseOfThePath() {
        // Items compared, not bodies: a next link repeats the request's own path, in the request's case.
        Object canonical = SIM.client().get(SUB + "/providers/Microsoft.Network/networkInterfaces?api-version=1").json().get("value");

        assertThat(SIM.client().get(SUB.toUpperCase(Locale.ROOT) + "/PROVIDERS/MICROSOFT.NETWORK/NETWORKINTERFACES?api-version=1")
                .json().get("value")).isEqualTo(canonical);
        assertThat(SIM.client().get(SUB + "/providers/microsoft.network/networkinterfaces?api-version=1").json().get("value"))
                .isEqualTo(canonical);
    }

    @Test
    void resourceByIdAnswersInAnyCaseWithCanonicalIdsInThePayload() {
        ArmTestClient.Response lower = SIM.client().get(WEB_01.toLowerCase(Locale.ROOT) + "?api-version=1");

        assertThat(lower.status()).isEqualTo(200);
        assertThat(Json.string(lower.json(), "id")).isEqualTo(WEB_01);
        assertThat(lower.body()).isEqualTo(SIM.client().get(WEB_01 + "?api-version=1").body());
    }

    @Test
    void resourceGroupScopeMatchesInAnyCase() {
        assertThat(SIM.client().listAll(SUB + "/resourcegroups/RG-WEB-PROD/providers/Microsoft.Compute/virtualMachines?api-version=1"))
                .hasSize(9);
    }

    @Test
    void trailingSlashAndQueryParameterNameCaseAreTolerated() {
        assertThat(SIM.client().get(WEB_01 + "/?api-version=1").status()).isEqualTo(200);
        assertThat(SIM.client().get(WEB_01 + "?API-VERSION=1").status()).isEqualTo(200);
    }
}
