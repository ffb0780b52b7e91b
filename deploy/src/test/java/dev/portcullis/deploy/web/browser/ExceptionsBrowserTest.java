package dev.portcullis.deploy.web.browser;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.freshScanOfSimulatedEstate;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The exceptions page in a real headless Chromium, in English and then Japanese: a tag rule made from the form holds
 * nothing until the next scan, then the tagged VM's findings; it is marked as expiring within 7 days; a suppressed
 * finding links to it; a refused form says why; delete removes it. One browser, one estate scanned once per language.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ExceptionsBrowserTest {

    private static final String TAG = "owner=<script>alert(1)</script>";

    @Inject
    TestDatabase database;

    @TestHTTPResource("/")
    URL app;

    /** What differs between the languages. */
    private record Texts(String lang, String nav, String soon, String refusedTag, String deleted) {
    }

    @Test
    void aTagRuleMadeFromTheFormHoldsTheTaggedVmsFindingsIsLinkedFromThemAndIsDeletedInEnglishAndJapanese() {
        freshScanOfSimulatedEstate(database, SimulatorResource.simulator());
        List<String> others = otherKindsOfRule();
        try (Browser browser = new Browser(app.toString())) {
            browser.signIn("admin", ADMIN_PASSWORD);
            tagRuleFromMakingToDeleting(browser, new Texts("en", "Exceptions", "⚠ Expires in 3 days",
                    "Tag: write it as key=value", "The rule is deleted."));
            browser.follow("a.lang");
            tagRuleFromMakingToDeleting(browser, new Texts("ja", "例外", "⚠ あと 3 日で期限切れ",
                    "タグ: env=dev のように", "ルールを削除しました。"));
        }
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items.id", String.class))
                .containsExactlyInAnyOrderElementsOf(others);
    }

    /** A rule for one finding and an expired resource group rule, so the screenshots show every kind of row. */
    private static List<String> otherKindsOfRule() {
        String tagged = SimulatorResource.simulator().estate().virtualMachine("<script>alert(1)</script>").resourceId();
        String finding = asAdmin().queryParam("status", "OPEN").queryParam("checkId", "vm_jit_enabled")
                .queryParam("size", 1000).get("/api/v1/findings").jsonPath().getList("items.resourceId", String.class)
                .stream().filter(id -> !id.equalsIgnoreCase(tagged)).findFirst().orElseThrow();
        String forFinding = asAdmin().contentType(ContentType.JSON).body("""
                {"resourceId": "%s", "checkId": "vm_jit_enabled", "reason": "Decommissioned next week"}"""
                .formatted(finding)).post("/api/v1/suppressions").then().statusCode(201).extract().path("id");
        Instant expiry = Instant.now().plusSeconds(1);
        String expired = asAdmin().contentType(ContentType.JSON).body("""
                {"resourceGroup": "rg-dev-lab", "subscriptionId": "%s", "reason": "Lab rebuild", "expiresAt": "%s"}"""
                .formatted(DemoEstate.CONTOSO_DEVELOPMENT_SUBSCRIPTION_ID, expiry)).post("/api/v1/suppressions")
                .then().statusCode(201).extract().path("id");
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis() + 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(forFinding, expired);
    }

    private void tagRuleFromMakingToDeleting(Browser browser, Texts texts) {
        browser.open("/suppressions");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo(texts.lang());
        assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo(texts.nav());

        browser.find("#tag-tag").sendKeys("env");
        browser.find("#tag-reason").sendKeys("Red team sandbox (" + texts.lang() + ")");
        browser.follow("#tag-submit");
        assertThat(browser.find("#tag-error").getAttribute("data-field")).isEqualTo("tag");
        assertThat(browser.find("#tag-error").getText()).contains(texts.refusedTag());
        assertThat(browser.find("#tag-reason").getAttribute("value")).isEqualTo("Red team sandbox (" + texts.lang() + ")");
        browser.screenshot("exceptions-refused-" + texts.lang());

        browser.find("#tag-tag").clear();
        browser.find("#tag-tag").sendKeys(TAG);
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find("#tag-expires"),
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        browser.follow("#tag-submit");
        assertThat(browser.path()).startsWith("/suppressions?done=created#rule-");
        assertThat(browser.all("tr.expired [data-mark=expired]")).hasSize(1);
        String ruleId = browser.path().substring(browser.path().indexOf("#rule-") + "#rule-".length());
        WebElement row = browser.find("#rule-" + ruleId);
        String heldBeforeScan = row.findElement(By.cssSelector("td.held")).getText();
        assertThat(heldBeforeScan).as("what the suppressed filter lists for the VM")
                .isEqualTo(Integer.toString(suppressedFindingsOfTheTaggedVm().size()));
        if ("en".equals(texts.lang())) {
            assertThat(heldBeforeScan).as("a first rule applies from the next scan").isEqualTo("0");
        } else {
            assertThat(heldBeforeScan).as("the deleted rule's findings stay suppressed until the next scan")
                    .isNotEqualTo("0");
        }
        assertThat(row.findElement(By.cssSelector("[data-mark=soon]")).getText()).isEqualTo(texts.soon());

        scanAndWait("{}");
        browser.open("/suppressions");
        List<Map<String, Object>> held = suppressedFindingsOfTheTaggedVm();
        assertThat(held).isNotEmpty();
        row = browser.find("#rule-" + ruleId);
        assertThat(row.findElement(By.cssSelector("td.held")).getText()).isEqualTo(Integer.toString(held.size()));
        assertThat(row.findElement(By.cssSelector("td.target")).getText()).isEqualTo(TAG);
        browser.screenshot("exceptions-" + texts.lang());

        browser.open("/findings/" + held.get(0).get("id"));
        assertThat(browser.find("#finding-status").getAttribute("data-status")).isEqualTo("SUPPRESSED");
        browser.screenshot("exceptions-finding-" + texts.lang());
        browser.follow("#finding-rules li[data-rule='" + ruleId + "'] a.rule-link");
        assertThat(browser.path()).isEqualTo("/suppressions#rule-" + ruleId);
        assertThat(browser.driver().executeScript("return document.querySelector(':target').id"))
                .isEqualTo("rule-" + ruleId);
        browser.screenshot("exceptions-linked-" + texts.lang());

        browser.follow("#rule-" + ruleId + " button.danger");
        assertThat(browser.path()).isEqualTo("/suppressions?done=deleted");
        assertThat(browser.find("#done").getText()).startsWith(texts.deleted());
        assertThat(browser.all("#rule-" + ruleId)).isEmpty();
        assertThat(asAdmin().get("/api/v1/suppressions").jsonPath().getList("items.id")).doesNotContain(ruleId);
        browser.screenshot("exceptions-deleted-" + texts.lang());
    }

    /** What the findings list's suppressed filter shows for the tagged VM. */
    private static List<Map<String, Object>> suppressedFindingsOfTheTaggedVm() {
        String vm = SimulatorResource.simulator().estate().virtualMachine("<script>alert(1)</script>").resourceId();
        return asAdmin().queryParam("status", "SUPPRESSED").queryParam("size", 1000).get("/api/v1/findings")
                .jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(f -> vm.equalsIgnoreCase((String) f.get("resourceId"))).toList();
    }
}
