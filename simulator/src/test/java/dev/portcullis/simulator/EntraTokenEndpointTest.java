package dev.portcullis.simulator;

import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
import static dev.portcullis.simulator.estate.DemoEstate.CONTOSO_TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.simulator.json.StrictJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntraTokenEndpointTest {

    private static final String CLIENT = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";

    @RegisterExtension
    static final RunningSimulator SIM = RunningSimulator.demo();

    @BeforeEach
    void registeredApp() {
        SIM.simulator().entra().clear();
        SIM.simulator().entra().registerClientSecret(CONTOSO_TENANT_ID, CLIENT, "right-secret");
    }

    private static HttpResponse<String> token(String tenant, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SIM.simulator().baseUrl() + "/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRightSecretGetsATokenThatArmThenAccepts() throws Exception {
        HttpResponse<String> answer = token(CONTOSO_TENANT_ID, "grant_type=client_credentials&client_id=" + CLIENT
                + "&client_secret=right-secret&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");

        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> json = StrictJson.parseObject(answer.body());
        assertThat(json).containsEntry("token_type", "Bearer").containsKey("expires_in");
        String accessToken = (String) json.get("access_token");
        ArmTestClient.Response arm = SIM.client().send("GET", URI.create(SIM.simulator().baseUrl()
                + "/subscriptions/" + CONTOSO_PRODUCTION_SUBSCRIPTION_ID + "?api-version=2022-12-01"),
                Map.of("Authorization", "Bearer " + accessToken));
        assertThat(arm.status()).isEqualTo(200);
    }

    @Test
    void aWrongSecretAnUnknownAppAndAnUnknownTenantAreRefusedAsEntraDoes() throws Exception {
        HttpResponse<String> wrongSecret = token(CONTOSO_TENANT_ID, "grant_type=client_credentials&client_id="
                + CLIENT + "&client_secret=guess");
        HttpResponse<String> unknownApp = token(CONTOSO_TENANT_ID, "grant_type=client_credentials"
                + "&client_id=11111111-1111-1111-1111-111111111111&client_secret=right-secret");
        HttpResponse<String> unknownTenant = token("22222222-2222-2222-2222-222222222222",
                "grant_type=client_credentials&client_id=" + CLIENT + "&client_secret=right-secret");

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(StrictJson.parseObject(wrongSecret.body())).containsEntry("error", "invalid_client");
        assertThat(wrongSecret.body()).doesNotContain("guess");
        assertThat(unknownApp.statusCode()).isEqualTo(401);
        assertThat(StrictJson.parseObject(unknownApp.body())).containsEntry("error", "unauthorized_client");
        assertThat(unknownTenant.statusCode()).isEqualTo(400);
        assertThat(StrictJson.parseObject(unknownTenant.body()).get("error_description").toString()).contains("AADSTS90002");
    }
}
