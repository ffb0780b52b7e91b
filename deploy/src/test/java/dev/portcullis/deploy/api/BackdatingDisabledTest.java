package dev.portcullis.deploy.api;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.assertProblem;

import dev.portcullis.deploy.support.TightLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Outside the demo, nobody may record a scan in the past: history cannot be rewritten through the API. */
@QuarkusTest
@TestProfile(TightLimits.class)
class BackdatingDisabledTest {

    @Test
    void asOfIsRefusedWhenBackdatingIsDisabled() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"asOf\": \"2026-11-01T00:00:00Z\"}")
                .post("/api/v1/scans"), 400, "asOf");
    }
}
