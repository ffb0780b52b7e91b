package dev.portcullis.api.findings;

import static dev.portcullis.api.support.Api.asOperatorOf;
import static dev.portcullis.api.support.Api.asViewer;
import static dev.portcullis.api.support.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class FindingExportResourceTest {

    /**
     * What OCSF 1.1.0 requires of a Detection Finding (class 2004) and of the objects it carries, as read on
     * 2026-11-30 (see docs/integrations.md#exports): the base event's and the finding class's required attributes,
     * the cloud profile's {@code cloud} (the export applies that profile), and each object's required attributes
     * ({@code finding_info.title} and {@code product.vendor_name} as 1.1.0 states them, {@code product.name} as later
     * versions do).
     */
    static final List<String> REQUIRED = List.of(
            "activity_id", "category_uid", "class_uid", "type_uid", "time", "severity_id", "metadata",
            "finding_info", "cloud",
            "finding_info.uid", "finding_info.title",
            "metadata.version", "metadata.product", "metadata.product.name", "metadata.product.vendor_name",
            "cloud.provider");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ExportEstate estate;

    @Test
    void everyOcsfObjectHasTheAttributesOcsf11RequiresOfADetectionFinding() throws Exception {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Ocsf estate");

        List<JsonNode> events = jsonLines(export("ocsf", "tenant", seeded.tenant().tenantId().toString()));

        assertThat(events).hasSize(3);
        for (JsonNode event : events) {
            for (String path : REQUIRED) {
                assertThat(at(event, path).isMissingNode() || at(event, path).isNull()).as(path + " in " + event)
                        .isFalse();
            }
            if (event.has("remediation")) {
                assertThat(event.at("/remediation/desc").asText()).as("remediation.desc").isNotBlank();
            }
            assertThat(event.get("class_uid").asInt()).isEqualTo(2004);
            assertThat(event.get("category_uid").asInt()).isEqualTo(2);
            assertThat(event.get("type_uid").asLong()).isEqualTo(2004 * 100L + event.get("activity_id").asInt());
            assertThat(event.at("/metadata/version").asText()).isEqualTo("1.1.0");
            assertThat(event.at("/metadata/profiles").toString()).contains("cloud");
            assertThat(event.at("/cloud/provider").asText()).isEqualTo("Azure");
        }
        assertThat(events).extracting(e -> e.at("/finding_info/uid").asText() + " " + e.get("activity_id").asInt()
                        + " " + e.get("status_id").asInt() + " " + e.get("severity_id").asInt())
                .containsExactlyInAnyOrder(seeded.open() + " 1 1 4", seeded.suppressed() + " 2 3 3",
                        seeded.resolved() + " 3 4 5");
    }

    @Test
    void anOcsfResourceNamesTheVmItsTypeRegionResourceGroupAndSubscription() throws Exception {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Ocsf resource");

        JsonNode event = jsonLines(export("ocsf", "tenant", seeded.tenant().tenantId().toString(), "status",
                "open")).get(0);

        JsonNode resource = event.at("/resources/0");
        assertThat(resource.get("uid").asText()).isEqualTo(seeded.vmId());
        assertThat(resource.get("type").asText()).isEqualTo("Microsoft.Compute/virtualMachines");
        assertThat(resource.get("region").asText()).isEqualTo("japaneast");
        assertThat(resource.at("/group/name").asText()).isEqualTo("rg-Ocsf-resource");
        assertThat(event.at("/cloud/account/uid").asText()).isEqualTo(seeded.tenant().subscriptionId().toString());
        assertThat(event.at("/cloud/region").asText()).isEqualTo("japaneast");
        assertThat(event.at("/finding_info/title").asText()).isEqualTo(
                "The VM is protected by Just-In-Time VM access");
        assertThat(event.at("/finding_info/first_seen_time").asLong())
                .isEqualTo(ExportEstate.FIRST_SEEN.toEpochMilli());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Csv formulas");
        estate.finding(seeded.tenant(), "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"click\")");
        estate.finding(seeded.tenant(), "+sum", "@SUM(A1)");
        estate.finding(seeded.tenant(), "-2", "\tTabbed");

        String csv = export("csv", "tenant", seeded.tenant().tenantId().toString()).asString();

        assertThat(csv).contains(",'=cmd|' /C calc'!A0,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
                .contains(",'+sum,'@SUM(A1),").contains(",'-2,'\tTabbed,");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotContain(",=", ",+", ",@",
                ",-", ",\t", ",\"=", ",\"+", ",\"@", ",\"-"));
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerFindingWithItsSubscriptionAndTenant() {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Csv rows");

        List<String> lines = export("csv", "tenant", seeded.tenant().tenantId().toString(), "status", "resolved")
                .asString().lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,check id,check title,severity,status,subscription id,"
                + "subscription name,tenant id,resource id,resource name,detail,first seen,last seen,resolved at,"
                + "reopen count");
        assertThat(lines.get(1)).isEqualTo(seeded.resolved() + ",vm_management_port_internet_exposed,"
                + "No management port of the VM is reachable from the internet,CRITICAL,RESOLVED,"
                + seeded.tenant().subscriptionId() + ",Csv rows subscription," + seeded.tenant().tenantId() + ","
                + seeded.vmId() + ",vm-Csv-rows,Port 22 is open to the internet.,2026-11-01T08:00:00Z,"
                + "2026-11-29T08:00:00Z,2026-11-29T08:00:00Z,1");
    }

    @Test
    void eachJsonLineIsTheFindingAsTheApiAnswersIt() throws Exception {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Json lines");

        List<JsonNode> lines = jsonLines(export("jsonl", "tenant", seeded.tenant().tenantId().toString()));

        assertThat(lines).hasSize(3);
        for (JsonNode line : lines) {
            JsonNode one = JSON.readTree(asViewer().get("/api/v1/findings/" + line.get("id").asText()).asString());
            assertThat(line).isEqualTo(one);
        }
    }

    @Test
    void aCallerLimitedToOneTenantExportsThatTenantsFindingsOnly() throws Exception {
        ExportEstate.Seeded mine = estate.tenantWithFindings("Scoped mine");
        ExportEstate.Seeded theirs = estate.tenantWithFindings("Scoped theirs");

        for (String format : new String[] {"jsonl", "ocsf", "csv"}) {
            String body = asOperatorOf(mine.tenant().tenantId()).queryParam("format", format)
                    .get("/api/v1/findings/export").asString();

            assertThat(body).as(format).contains(mine.open().toString(), mine.suppressed().toString(),
                    mine.resolved().toString());
            assertThat(body).as(format).doesNotContain(theirs.tenant().subscriptionId().toString(),
                    theirs.open().toString());
        }
        Set<String> subscriptions = new HashSet<>();
        jsonLines(asOperatorOf(mine.tenant().tenantId()).queryParam("format", "jsonl")
                .get("/api/v1/findings/export")).forEach(l -> subscriptions.add(l.get("subscriptionId").asText()));
        assertThat(subscriptions).containsExactly(mine.tenant().subscriptionId().toString());
        assertProblem(asOperatorOf(mine.tenant().tenantId()).queryParam("format", "csv")
                .queryParam("tenant", theirs.tenant().tenantId().toString()).get("/api/v1/findings/export"), 404,
                "tenant");
    }

    @Test
    void theListsFiltersNarrowTheExport() throws Exception {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Export filters");
        String tenant = seeded.tenant().tenantId().toString();
        String subscription = seeded.tenant().subscriptionId().toString();

        assertThat(ids(export("jsonl", "tenant", tenant, "status", "RESOLVED"))).containsExactly(seeded.resolved());
        assertThat(ids(export("jsonl", "subscriptionId", subscription, "severity", "medium")))
                .containsExactly(seeded.suppressed());
        assertThat(ids(export("jsonl", "tenant", tenant, "checkId", "vm_jit_enabled")))
                .containsExactly(seeded.open());
        assertThat(ids(export("jsonl", "resourceId", seeded.vmId().toUpperCase(), "status", "suppressed")))
                .containsExactly(seeded.suppressed());
        assertThat(ids(export("jsonl", "tenant", tenant, "severity", "low"))).isEmpty();
    }

    @Test
    void anExportLongerThanOneBatchHasEveryFindingOnce() {
        ExportEstate.Seeded seeded = estate.tenantWithFindings("Export batches");
        estate.manyFindings(seeded.tenant(), 2_345);

        List<String> rows = export("csv", "tenant", seeded.tenant().tenantId().toString()).asString().lines()
                .skip(1).toList();

        assertThat(rows).hasSize(2_348);
        assertThat(rows.stream().map(r -> r.substring(0, r.indexOf(','))).distinct()).hasSize(2_348);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"csv, text/csv, .csv", "jsonl, application/x-ndjson, .jsonl",
            "ocsf, application/x-ndjson, .ocsf.jsonl"})
    void theExportIsAnAttachmentNamedForTheDayAndFormat(String format, String type, String ending) {
        Response response = export(format, "severity", "low", "tenant",
                estate.tenantWithFindings("Attachment " + format).tenant().tenantId().toString());

        assertThat(response.contentType()).startsWith(type);
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"portcullis-findings-"
                + LocalDate.now(ZoneOffset.UTC) + ending + "\"");
    }

    @ParameterizedTest(name = "format={0}")
    @ValueSource(strings = {"xml", "CSV", "json", " "})
    void anUnknownFormatIsABadRequestNamingFormat(String format) {
        assertProblem(asViewer().queryParam("format", format).get("/api/v1/findings/export"), 400, "format");
    }

    @Test
    void aMissingFormatIsABadRequestNamingFormat() {
        assertProblem(asViewer().get("/api/v1/findings/export"), 400, "format");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "status, SOMETIMES",
            "severity, catastrophic",
            "checkId, vm_is_pretty",
            "subscriptionId, not-a-guid",
            "tenant, 42"})
    void aBadFilterIsABadRequestNamingItAsTheListAnswers(String parameter, String value) {
        assertProblem(asViewer().queryParam("format", "csv").queryParam(parameter, value)
                .get("/api/v1/findings/export"), 400, parameter);
    }

    private static Response export(String format, String... filters) {
        var request = asViewer().queryParam("format", format);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        Response response = request.get("/api/v1/findings/export");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    private static List<JsonNode> jsonLines(Response response) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<UUID> ids(Response response) throws Exception {
        return jsonLines(response).stream().map(l -> UUID.fromString(l.get("id").asText())).toList();
    }

    private static JsonNode at(JsonNode event, String dottedPath) {
        return event.at("/" + String.join("/", Arrays.asList(dottedPath.split("\\."))));
    }
}
