package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.estate.Estate;
import dev.portcullis.simulator.json.Json;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArmErrorResponsesTest {

    private static final String SUB = "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static final String WEB_01 = SUB + "/resourceGroups/rg-web-prod/providers/Microsoft.Compute/virtualMachines/web-01";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @ParameterizedTest
    @ValueSource(strings = {"/subscriptions", WEB_01, WEB_01 + "?api-version=", SUB + "/providers/Microsoft.Compute/virtualMachines?$skiptoken=0"})
    void missingApiVersionIs400WithArmErrorBody(String pathAndQuery) {
        ArmTestClient.Response response = SIM.client().get(pathAndQuery);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("MissingApiVersionParameter");
        assertThat(Json.string(response.json(), "error", "message")).isNotBlank();
    }

    @Test
    void anyApiVersionIsAcceptedWithoutATokenButATokenTheSimulatorDidNotIssueIs401() {
        assertThat(SIM.client().get(WEB_01 + "?api-version=1999-01-01").status()).isEqualTo(200);
        ArmTestClient.Response withToken = SIM.client().send("GET", URI.create(SIM.simulator().baseUrl() + WEB_01
                + "?api-version=2025-04-01"), Map.of("Authorization", "Bearer not-a-real-token"));
        assertThat(withToken.status()).isEqualTo(401);
        assertThat(withToken.errorCode()).isEqualTo("InvalidAuthenticationToken");
    }

    @Test
    void everyAnswerIsJsonWithArmHeaders() {
        for (String path : new String[] {WEB_01 + "?api-version=2025-04-01", WEB_01}) {
            ArmTestClient.Response response = SIM.client().get(path);

            assertThat(response.header("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(response.header("x-ms-request-id")).isPresent();
            assertThat(response.header("x-ms-ratelimit-remaining-subscription-reads")).isPresent();
        }
    }

    @Test
    void unknownSubscriptionIs404SubscriptionNotFound() {
        String unknown = "/subscriptions/00000000-0000-0000-0000-000000000000";

        assertThat(SIM.client().get(unknown + "?api-version=2022-12-01").errorCode()).isEqualTo("SubscriptionNotFound");
        ArmTestClient.Response deeper = SIM.client().get(unknown + "/providers/Microsoft.Compute/virtualMachines?api-version=2025-04-01");
        assertThat(deeper.status()).isEqualTo(404);
        assertThat(deeper.errorCode()).isEqualTo("SubscriptionNotFound");
    }

    @Test
    void unknownResourceGroupIs404ResourceGroupNotFound() {
        ArmTestClient.Response response = SIM.client().get(SUB + "/resourceGroups/rg-nope/providers/Microsoft.Compute/virtualMachines?api-version=1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void unknownResourceIs404ResourceNotFound() {
        ArmTestClient.Response response = SIM.client().get(SUB + "/resourceGroups/rg-web-prod/providers/Microsoft.Compute/virtualMachines/web-99?api-version=1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("ResourceNotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/providers/Microsoft.Compute/virtualMachinez",
        "/providers/Microsoft.Nope/things",
        "/resourceGroups/rg-web-prod/providers/Microsoft.Security/pricings",
        "/providers/Microsoft.Compute/locations/japaneast/virtualMachines"
    })
    void unknownResourceTypeIs404InvalidResourceType(String path) {
        ArmTestClient.Response response = SIM.client().get(SUB + path + "?api-version=1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("InvalidResourceType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nothing-here", SUB + "/bogus", SUB + "/resourceGroups/rg-web-prod/bogus", SUB + "/providers/Microsoft.Compute"})
    void unknownPathIs404NotFound(String path) {
        ArmTestClient.Response response = SIM.client().get(path + "?api-version=1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void nonGetMethodIs405WithArmErrorBody(String method) {
        ArmTestClient.Response response = SIM.client().send(method, WEB_01 + "?api-version=2025-04-01");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.errorCode()).isEqualTo("MethodNotAllowed");
        assertThat(response.header("Allow")).hasValue("GET");
    }
}
