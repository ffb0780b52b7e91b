package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' Export CSV links: a page session downloads the findings it sees, with the page's filters kept. */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class FindingExportPageTest {

    private static final Pattern EXPORT_LINK = Pattern.compile("href=\"(/findings/export\\.csv[^\"]*)\"");

    @Inject
    TestDatabase database;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private CookieFilter session;

    @BeforeEach
    void signedIn() {
        if (asAdmin().get("/api/v1/findings?status=OPEN").jsonPath().getInt("total") == 0) {
            database.reset();
            onboardSimulatedTenants(simulator);
            scanAndWait("{}");
        }
        session = People.signedIn("admin", ADMIN_PASSWORD);
    }

    private Response page(String path) {
        return given().filter(session).redirects().follow(false).get(path);
    }

    private static String exportLink(Response page) {
        Matcher link = EXPORT_LINK.matcher(page.asString());
        assertThat(link.find()).as("an Export CSV link in the %d page %s", page.statusCode(), page.asString())
                .isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void theFindingsPagesLinkDownloadsTheCsvOfItsFilters() {
        String link = exportLink(page("/findings?status=OPEN&check=vm_jit_enabled"));

        Response csv = page(link);

        assertThat(link).isEqualTo("/findings/export.csv?status=OPEN&check=vm_jit_enabled");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"portcullis-findings-")
                .endsWith(".csv\"");
        List<String> rows = csv.asString().lines().toList();
        assertThat(rows.get(0)).startsWith("id,check id,check title,severity,status,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains(",vm_jit_enabled,").contains(",OPEN,"));
        assertThat(rows).hasSize(1 + asAdmin().get("/api/v1/findings?status=OPEN&checkId=vm_jit_enabled")
                .jsonPath().getInt("total"));
    }

    @Test
    void aVmPagesLinkDownloadsThatVmsFindingsOnly() {
        String vmId = asAdmin().get("/api/v1/findings?status=OPEN&checkId=vm_jit_enabled").jsonPath()
                .getString("items[0].resourceId");

        String link = exportLink(given().filter(session).queryParam("id", vmId).get("/vm"));
        List<String> rows = given().filter(session).urlEncodingEnabled(false).get(link).asString().lines().skip(1)
                .toList();

        assertThat(link).isEqualTo("/findings/export.csv?resource=" + URLEncoder.encode(vmId, StandardCharsets.UTF_8));

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("," + vmId + ","));
    }

    @Test
    void theVmListLinksTheOpenFindingsCsv() {
        String link = exportLink(page("/vms"));

        assertThat(link).isEqualTo("/findings/export.csv?status=OPEN");
        assertThat(page(link).asString().lines().skip(1).toList()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains(",OPEN,"));
    }

    @Test
    void aRefusedFilterIsABadRequestPage() {
        Response refused = page("/findings/export.csv?severity=URGENT");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("URGENT").doesNotContainPattern("\\w+Exception");
    }

    @Test
    void theApiTakesNoPageSessionSoThePagesExportHasItsOwnRoute() {
        assertThat(page("/api/v1/findings/export?format=csv").statusCode()).isEqualTo(401);
        assertThat(given().redirects().follow(false).get("/findings/export.csv").statusCode()).isNotEqualTo(200);
    }
}
