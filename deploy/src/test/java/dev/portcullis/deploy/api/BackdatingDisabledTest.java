package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside the demo, nobody may record a scan in the past: history cannot be rewritten through the API. */
@QuarkusTest
@TestProfile(BackdatingDisabledTest.ProductionDefaults.class)
class BackdatingDisabledTest {

    public static class ProductionDefaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portcullis.scan.allow-backdating", "false");
        }
    }

    @Test
    void asOfIsRefusedWhenBackdatingIsDisabled() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"asOf\": \"2026-11-01T00:00:00Z\"}")
                .post("/api/v1/scans"), 400, "asOf");
    }
}
