package dev.portcullis.deploy.web;

import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exceptions page ({@code /suppressions}) as forms post it, on the simulated estate scanned once: who sees and
 * changes which rules, refusals that name the field and keep what was typed, and held counts that agree with the
 * API's suppressed findings. Every test removes the rules it made.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class SuppressionsPageTest {

    private static final String PAGE = "/suppressions";
    private static final String CONTOSO_DEV = DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID;
    private static final String FABRIKAM_SANDBOX = DemoEstate.FABRIKAM_SANDBOX_SUBSCRIPTION_ID;
    private static final String SCRIPT_TAG = "owner=<script>alert(1)</script>";
    private static boolean scanned;

    @Inject
    TestDatabase database;

    private static String operator;

    @BeforeEach
    void theEstateScannedOnceWithoutRules() {
        if (!scanned) {
            freshScanOfSimulatedEstate(database, SimulatorResource.simulator());
            operator = People.account("exceptions-operator", "OPERATOR", List.of("*"));
            scanned = true;
        }
        for (String id : asAdmin().get("/api/v1/suppressions").jsonPath().getList("items.id", String.class)) {
            asAdmin().delete("/api/v1/suppressions/" + id).then().statusCode(204);
        }
    }

    private static Response post(CookieFilter session, String path, String... fields) {
        var request = given().filter(session).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", People.csrfToken(session, PAGE));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    private static String apiRule(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/suppressions").then().statusCode(201)
                .extract().path("id");
    }

    private static List<Map<String, Object>> apiRules() {
        return asAdmin().get("/api/v1/suppressions").jsonPath().getList("items");
    }

    /** The held count the page shows in a rule's row ("" for an expired rule). */
    private static String held(String page, String ruleId) {
        Matcher row = Pattern.compile("id=\"rule-" + ruleId + "\"(?s).*?data-held=\"([^\"]*)\"").matcher(page);
        assertThat(row.find()).as("row of rule " + ruleId).isTrue();
        return row.group(1);
    }

    @Test
    void aViewerSeesTheRulesButNoFormOrDeleteAndIsRefusedBoth() {
        String rule = apiRule("""
                {"resourceGroup": "rg-dev-lab", "subscriptionId": "%s", "reason": "Lab, rebuilt nightly"}"""
                .formatted(CONTOSO_DEV));
        CookieFilter viewer = People.signedIn(People.account("exceptions-viewer", "VIEWER", List.of("*")),
                People.PASSWORD);

        String page = given().filter(viewer).get(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"rule-" + rule + "\"").contains("Lab, rebuilt nightly")
                .contains("id=\"read-only\"").doesNotContain("id=\"rg-form\"").doesNotContain("id=\"tag-form\"")
                .doesNotContain("/delete").contains("href=\"/suppressions\" aria-current=\"page\"");
        String csrf = People.csrfToken(viewer, "/findings");
        assertThat(given().filter(viewer).formParam("csrf-token", csrf).formParam("kind", "tag")
                .formParam("tag", "env=dev").formParam("reason", "r").post(PAGE).statusCode()).isEqualTo(403);
        assertThat(given().filter(viewer).formParam("csrf-token", People.csrfToken(viewer, "/findings"))
                .post(PAGE + "/" + rule + "/delete").statusCode()).isEqualTo(403);
        assertThat(apiRules()).extracting(r -> r.get("id")).containsExactly(rule);
    }

    @Test
    void anOperatorAddsAResourceGroupRuleAndATagRuleAuditedAsTheApiDoesAndDeletesThem() {
        CookieFilter session = People.signedIn(operator, People.PASSWORD);
        String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        Response group = post(session, PAGE, "kind", "resourceGroup", "subscriptionId", CONTOSO_DEV,
                "resourceGroup", " rg-dev-lab ", "checkId", "vm_jit_enabled", "reason", "Lab, rebuilt nightly",
                "expiresAt", expiry);
        Response tag = post(session, PAGE, "kind", "tag", "tag", "env = dev", "checkId", "",
                "reason", "Developer machines", "expiresAt", "");

        assertThat(group.statusCode()).as(group.asString()).isEqualTo(303);
        assertThat(tag.statusCode()).as(tag.asString()).isEqualTo(303);
        Map<String, Object> byGroup = apiRules().stream().filter(r -> r.get("resourceGroup") != null).findFirst()
                .orElseThrow();
        Map<String, Object> byTag = apiRules().stream().filter(r -> r.get("tag") != null).findFirst().orElseThrow();
        assertThat(group.header("Location")).endsWith(PAGE + "?done=created#rule-" + byGroup.get("id"));
        assertThat(byGroup).containsEntry("resourceGroup", "rg-dev-lab").containsEntry("subscriptionId", CONTOSO_DEV)
                .containsEntry("checkId", "vm_jit_enabled").containsEntry("author", operator)
                .containsEntry("expiresAt", expiry + "T00:00:00Z");
        assertThat(byTag).containsEntry("tag", "env=dev").containsEntry("checkId", null)
                .containsEntry("expiresAt", null);
        List<Map<String, Object>> audit = asAdmin().queryParam("actor", operator).queryParam("action", "SUPPRESS")
                .get("/api/v1/audit").jsonPath().getList("items");
        assertThat(audit).extracting(a -> a.get("target")).containsExactlyInAnyOrder(
                "suppression " + byGroup.get("id"), "suppression " + byTag.get("id"));
        String page = given().filter(session).get(PAGE + "?done=created").asString();
        assertThat(page).contains("id=\"done\"").contains("rg-dev-lab").contains("Contoso Development")
                .contains("<code>env=dev</code>").contains("class=\"danger\"");

        Response deleted = post(session, PAGE + "/" + byTag.get("id") + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith(PAGE + "?done=deleted");
        assertThat(apiRules()).extracting(r -> r.get("id")).containsExactly(byGroup.get("id"));
        assertThat(asAdmin().queryParam("actor", operator).queryParam("action", "DELETE_SUPPRESSION")
                .get("/api/v1/audit").jsonPath().getList("items.target"))
                .containsExactly("suppression " + byTag.get("id"));
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3}/{4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "resourceGroup | -            | rg-typed | -              | kept reason   | subscriptionId | 400",
            "resourceGroup | not-a-guid   | rg-typed | -              | kept reason   | subscriptionId | 400",
            "resourceGroup | " + FABRIKAM_SANDBOX + " | '  ' | -     | kept reason   | resourceGroup  | 400",
            "resourceGroup | " + FABRIKAM_SANDBOX + " | rg-typed | vm_is_pretty | kept reason | checkId | 400",
            "resourceGroup | " + FABRIKAM_SANDBOX + " | rg-typed | -   | '   '         | reason         | 400",
            "tag           | -            | env      | -              | kept reason   | tag            | 400",
            "tag           | -            | '=dev'   | -              | kept reason   | tag            | 400",
            "tag           | -            | '  '     | -              | kept reason   | tag            | 400",
            "tag           | -            | env=dev  | -              | kept reason   | expiresAt      | 400"})
    void aRefusedFormNamesTheFieldAndKeepsWhatWasTyped(String kind, String subscription, String typed,
                                                       String check, String reason, String field, int status) {
        CookieFilter session = People.signedIn(operator, People.PASSWORD);
        String expires = "expiresAt".equals(field) ? LocalDate.now(ZoneOffset.UTC).toString() : "";
        String prefix = "tag".equals(kind) ? "tag" : "rg";

        Response refused = post(session, PAGE, "kind", kind, "subscriptionId", subscription == null ? "" : subscription,
                "resourceGroup".equals(kind) ? "resourceGroup" : "tag", typed, "checkId", check == null ? "" : check,
                "reason", reason, "expiresAt", expires);

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(status);
        String page = refused.asString();
        assertThat(page).contains("id=\"" + prefix + "-error\" data-field=\"" + field + "\"")
                .contains("aria-invalid=\"true\"");
        if (!reason.isBlank()) {
            assertThat(page).contains(">" + reason + "</textarea>");
        }
        if (!typed.isBlank()) {
            assertThat(page).contains("value=\"" + typed + "\"");
        }
        if (!expires.isEmpty()) {
            assertThat(page).contains("value=\"" + expires + "\"").contains("after today");
        }
        assertThat(apiRules()).isEmpty();
    }

    @Test
    void aRefusedFormIsSaidInJapaneseNamingTheField() {
        CookieFilter session = People.signedIn(operator, People.PASSWORD);
        given().filter(session).redirects().follow(false).get("/language/ja?back=/suppressions").then().statusCode(303);

        Response refused = post(session, PAGE, "kind", "tag", "tag", "env", "reason", "開発用");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("data-field=\"tag\"").contains("タグ: env=dev のように")
                .contains(">開発用</textarea>").contains("value=\"env\"");
    }

    @Test
    void anOperatorOfOneTenantSeesOnlyItsRulesAndNeitherAddsNorDeletesTagRulesNorForeignOnes() {
        String own = apiRule("""
                {"resourceGroup": "rg-dev-lab", "subscriptionId": "%s", "reason": "own"}""".formatted(CONTOSO_DEV));
        String foreign = apiRule("""
                {"resourceGroup": "rg-sandbox", "subscriptionId": "%s", "reason": "foreign rule"}"""
                .formatted(FABRIKAM_SANDBOX));
        String tag = apiRule("{\"tag\": \"env=dev\", \"reason\": \"everywhere\"}");
        String contosoOperator = People.account("contoso-operator", "OPERATOR",
                List.of(DemoEstate.CONTOSO_TENANT_ID));
        CookieFilter session = People.signedIn(contosoOperator, People.PASSWORD);

        String page = given().filter(session).get(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"rule-" + own + "\"").contains("id=\"rule-" + tag + "\"")
                .doesNotContain(foreign).doesNotContain("foreign rule").doesNotContain(FABRIKAM_SANDBOX)
                .doesNotContain("Fabrikam").contains("id=\"tag-needs-all-tenants\"")
                .doesNotContain("id=\"tag-form\"").contains("action=\"/suppressions/" + own + "/delete\"")
                .doesNotContain("action=\"/suppressions/" + tag + "/delete\"");

        Response foreignGroup = post(session, PAGE, "kind", "resourceGroup", "subscriptionId", FABRIKAM_SANDBOX,
                "resourceGroup", "rg-sandbox", "reason", "r");
        assertThat(foreignGroup.statusCode()).isEqualTo(404);
        assertThat(foreignGroup.asString()).contains("data-field=\"subscriptionId\"").doesNotContain("foreign rule");
        Response tagRule = post(session, PAGE, "kind", "tag", "tag", "env=prod", "reason", "r");
        assertThat(tagRule.statusCode()).isEqualTo(403);
        assertThat(tagRule.asString()).contains("data-field=\"tag\"");
        assertThat(post(session, PAGE + "/" + tag + "/delete").statusCode()).isEqualTo(403);
        Response foreignDelete = post(session, PAGE + "/" + foreign + "/delete");
        assertThat(foreignDelete.statusCode()).isEqualTo(404);
        assertThat(foreignDelete.asString()).doesNotContain("foreign rule");
        assertThat(apiRules()).hasSize(3);
    }

    @Test
    void heldCountsAreTheSuppressedFindingsTheApiListsForEachRuleAndTheFindingLinksToItsRules() {
        List<Map<String, Object>> open = asAdmin().queryParam("status", "OPEN").queryParam("size", 1000)
                .get("/api/v1/findings").jsonPath().getList("items");
        String tagged = SimulatorResource.simulator().estate().virtualMachine("<script>alert(1)</script>")
                .resourceId();
        String vmOfCheck = open.stream().filter(f -> "vm_jit_enabled".equals(f.get("checkId"))
                        && !inGroup(f, CONTOSO_DEV, "rg-dev-lab") && !tagged.equalsIgnoreCase((String) f.get("resourceId")))
                .map(f -> (String) f.get("resourceId")).findFirst().orElseThrow();
        String tagRule = apiRule("{\"tag\": \"" + SCRIPT_TAG.replace("\"", "\\\"") + "\", \"reason\": \"red team\"}");
        String groupRule = apiRule("""
                {"resourceGroup": "RG-DEV-LAB", "subscriptionId": "%s", "reason": "lab"}""".formatted(CONTOSO_DEV));
        String checkInGroup = apiRule("""
                {"resourceGroup": "rg-dev-lab", "subscriptionId": "%s", "checkId": "vm_jit_enabled",
                 "reason": "lab JIT"}""".formatted(CONTOSO_DEV));
        String resourceRule = apiRule("""
                {"resourceId": "%s", "checkId": "vm_jit_enabled", "reason": "one VM"}""".formatted(vmOfCheck));
        String expired = apiRule("""
                {"resourceGroup": "rg-web-prod", "subscriptionId": "%s", "reason": "gone",
                 "expiresAt": "%s"}""".formatted(DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID,
                java.time.Instant.now().plusSeconds(2)));
        try {
            Thread.sleep(2100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        scanAndWait("{}");

        List<Map<String, Object>> suppressed = asAdmin().queryParam("status", "SUPPRESSED").queryParam("size", 1000)
                .get("/api/v1/findings").jsonPath().getList("items");
        long ofTaggedVm = suppressed.stream().filter(f -> tagged.equalsIgnoreCase((String) f.get("resourceId")))
                .count();
        long inLab = suppressed.stream().filter(f -> inGroup(f, CONTOSO_DEV, "rg-dev-lab")).count();
        long labJit = suppressed.stream().filter(f -> inGroup(f, CONTOSO_DEV, "rg-dev-lab")
                && "vm_jit_enabled".equals(f.get("checkId"))).count();
        assertThat(ofTaggedVm).isPositive();
        assertThat(labJit).isPositive().isLessThanOrEqualTo(inLab);
        assertThat((long) suppressed.size()).as("every suppressed finding is held by one of the rules")
                .isEqualTo(ofTaggedVm + inLab + 1);

        String page = given().filter(People.signedIn(operator, People.PASSWORD)).get(PAGE).asString();
        assertThat(held(page, tagRule)).isEqualTo(Long.toString(ofTaggedVm));
        assertThat(held(page, groupRule)).isEqualTo(Long.toString(inLab));
        assertThat(held(page, checkInGroup)).isEqualTo(Long.toString(labJit));
        assertThat(held(page, resourceRule)).isEqualTo("1");
        assertThat(held(page, expired)).as("an expired rule holds nothing").isEmpty();
        assertThat(page).contains("data-mark=\"expired\"").doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.indexOf("id=\"rule-" + expired + "\"")).as("expired rules come last")
                .isGreaterThan(page.indexOf("id=\"rule-" + tagRule + "\""));

        String labFinding = suppressed.stream().filter(f -> inGroup(f, CONTOSO_DEV, "rg-dev-lab")
                && "vm_jit_enabled".equals(f.get("checkId"))).map(f -> (String) f.get("id")).findFirst().orElseThrow();
        String findingPage = given().filter(People.signedIn(operator, People.PASSWORD)).get("/findings/" + labFinding)
                .asString();
        assertThat(findingPage).contains("href=\"/suppressions#rule-" + groupRule + "\"")
                .contains("href=\"/suppressions#rule-" + checkInGroup + "\"")
                .doesNotContain("href=\"/suppressions#rule-" + tagRule + "\"");
    }

    private static boolean inGroup(Map<String, Object> finding, String subscription, String group) {
        return ((String) finding.get("resourceId")).toLowerCase(Locale.ROOT)
                .startsWith("/subscriptions/" + subscription + "/resourcegroups/" + group + "/");
    }
}
