package dev.portcullis.api.remediation;

import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemediationResourceTest {

    private static final String VM = "/subscriptions/6f1c2d3e-0000-4000-8000-000000000001/resourceGroups/rg"
            + "/providers/Microsoft.Compute/virtualMachines/vm1";

    @Test
    void withoutAResourceIdTheAnswerIsABadRequestNamingIt() {
        assertProblem(asViewer().queryParam("format", "cli").get("/api/v1/remediation"), 400, "resourceId");
    }

    @Test
    void anUnknownOrMissingFormatIsABadRequestNamingIt() {
        assertProblem(asViewer().queryParam("resourceId", VM).queryParam("format", "ansible")
                .get("/api/v1/remediation"), 400, "format");
        assertProblem(asViewer().queryParam("resourceId", VM).get("/api/v1/remediation"), 400, "format");
    }

    @Test
    void aCheckOutsideTheCatalogueIsABadRequestNamingCheckId() {
        assertProblem(asViewer().queryParam("resourceId", VM).queryParam("format", "cli")
                .queryParam("checkId", "vm_is_pretty").get("/api/v1/remediation"), 400, "checkId");
    }

    @Test
    void aResourceNeverScannedIsNotFoundNamingResourceId() {
        assertProblem(asViewer().queryParam("resourceId", VM).queryParam("format", "terraform")
                .get("/api/v1/remediation"), 404, "resourceId");
    }
}
