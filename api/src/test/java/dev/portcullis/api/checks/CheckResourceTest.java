package dev.portcullis.api.checks;

import static dev.portcullis.api.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckResourceTest {

    @Test
    void theCatalogueIsListedWithEachChecksIdTitleAndSeverity() {
        Response checks = asViewer().get("/api/v1/checks");

        assertThat(checks.statusCode()).isEqualTo(200);
        assertThat(checks.contentType()).startsWith("application/json");
        assertThat(checks.jsonPath().getList("items.id", String.class)).contains("vm_jit_enabled")
                .doesNotHaveDuplicates();
        assertThat(checks.jsonPath().getList("items.title", String.class)).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(checks.jsonPath().getList("items.severity", String.class)).doesNotContainNull();
    }
}
