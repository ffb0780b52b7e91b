package dev.portcullis.deploy.web.browser;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.onboardSimulatedTenants;
import static dev.portcullis.deploy.support.PortcullisApi.scanAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.SimVm;
import dev.portcullis.simulator.fault.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Scan now" in a real headless Chromium, in English and in Japanese: pressed for a subscription on the tenants page,
 * it lands on the scan's page, which reloads itself (a meta refresh, no script) until the scan has finished and then
 * shows its result and what it changed; the scans list then shows each scan's duration and changes as the API does.
 * The estate is scanned once as it was on the history's first day, so the scans pressed here (today) change findings.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class ScanNowBrowserTest {

    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "PARTIAL", "FAILED");
    private static final String PRODUCTION = DemoEstate.CONTOSO_PRODUCTION_SUBSCRIPTION_ID;
    private static boolean estateScanned;

    @Inject
    TestDatabase database;

    @TestHTTPResource("/")
    URL app;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private Browser browser;

    @BeforeEach
    void signedInOnAnEstateScannedOnTheFirstDay() {
        if (!estateScanned || asAdmin().get("/api/v1/scans").jsonPath().getList("items").isEmpty()) {
            database.reset();
            simulator.faults().clear();
            onboardSimulatedTenants(simulator);
            simulator.serveDay(DemoHistory.FIRST_DAY);
            scanAndWait("{}");
            simulator.serveDay(DemoHistory.TODAY);
            estateScanned = true;
        }
        browser = new Browser(app.toString());
        browser.signIn("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        simulator.faults().clear();
        browser.close();
    }

    @Test
    void scanNowInEnglishLandsOnTheScanPageWhichRefreshesUntilTheResultAndTheListAgreesWithTheApi() {
        scanNowAndWatch("en", "Scan now (page)", "Succeeded");
        scansListMatchesTheApi("en", "Duration");
    }

    @Test
    void scanNowInJapaneseLandsOnTheScanPageWhichRefreshesUntilTheResultAndTheListAgreesWithTheApi() {
        browser.follow("a.lang");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
        scanNowAndWatch("ja", "今すぐスキャン（ページ）", "成功");
        scansListMatchesTheApi("ja", "所要時間");
    }

    private void scanNowAndWatch(String lang, String trigger, String succeeded) {
        simulator.faults().add(Fault.delayMillis(80).matching("(?i)^/subscriptions/" + PRODUCTION));
        String vm = simulator.estate().virtualMachines().stream().map(SimVm::resourceId)
                .filter(id -> id.contains(PRODUCTION)).findFirst().orElseThrow();
        browser.open("/vm?id=" + URLEncoder.encode(vm, StandardCharsets.UTF_8));
        assertThat(browser.find("form.scan-now").getAttribute("data-subscription")).as("the VM's subscription")
                .isEqualTo(PRODUCTION);
        browser.screenshot("scan-now-vm-" + lang);

        browser.open("/tenants");
        WebElement form = browser.find("form.scan-now[data-subscription='" + PRODUCTION + "']");
        browser.screenshot("scan-now-tenants-" + lang);
        browser.follow(form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.path()).matches("/scans/[0-9a-f-]{36}");
        String id = browser.path().substring("/scans/".length());
        assertThat(browser.find("#scan-status").getAttribute("data-status")).isIn("QUEUED", "RUNNING");
        assertThat(browser.find("#refreshing").isDisplayed()).isTrue();
        assertThat(browser.all("meta[http-equiv=refresh]")).hasSize(1);
        browser.screenshot("scan-now-running-" + lang);

        String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try {
                String now = d.findElement(By.id("scan-status")).getAttribute("data-status");
                return FINISHED.contains(now) ? now : null;
            } catch (WebDriverException reloading) {
                return null;
            }
        });
        assertThat(browser.path()).as("the page reloaded itself; nobody navigated").isEqualTo("/scans/" + id);
        assertThat(status).isEqualTo(asAdmin().get("/api/v1/scans/" + id).jsonPath().getString("status"))
                .isEqualTo("SUCCEEDED");
        assertThat(browser.all("#refreshing")).isEmpty();
        assertThat(browser.all("meta[http-equiv=refresh]")).isEmpty();
        assertThat(browser.find("h1").getText()).contains(succeeded);
        assertThat(browser.find("dl.facts").getText()).contains(trigger);
        assertThat(browser.all("section.diff")).hasSize(1);
        browser.screenshot("scan-now-done-" + lang);
    }

    private void scansListMatchesTheApi(String lang, String durationHeading) {
        browser.open("/scans");
        assertThat(browser.find("table.scans thead").getText()).contains(durationHeading);
        List<WebElement> rows = browser.all("table.scans tbody tr[data-scan]");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        int changedSomething = 0;
        for (WebElement row : rows) {
            String id = row.getAttribute("data-scan");
            JsonPath scan = asAdmin().get("/api/v1/scans/" + id).jsonPath();
            JsonPath diff = asAdmin().get("/api/v1/scans/" + id + "/diff").jsonPath();
            WebElement changes = row.findElement(By.cssSelector(".changes"));
            int opened = diff.getList("subscriptions.opened.flatten()").size();
            int resolved = diff.getList("subscriptions.resolved.flatten()").size();
            int reopened = diff.getList("subscriptions.reopened.flatten()").size();
            assertThat(List.of(changes.getAttribute("data-opened"), changes.getAttribute("data-resolved"),
                    changes.getAttribute("data-reopened"))).as("scan " + id)
                    .containsExactly(Integer.toString(opened), Integer.toString(resolved), Integer.toString(reopened));
            assertThat(List.of(scan.getInt("changes.opened"), scan.getInt("changes.resolved"),
                    scan.getInt("changes.reopened"))).as("the API's counts").containsExactly(opened, resolved, reopened);
            if (opened > 0 && resolved > 0 && reopened == 0) {
                String list = "en".equals(lang) ? opened + " opened,[ \u00a0]" + resolved + " resolved"
                        : "新規 " + opened + " 件、解決 " + resolved + " 件";
                assertThat(changes.getText()).as("counts apart, as the language writes a list").matches(list);
            }
            changedSomething += opened + resolved + reopened;
            long millis = Duration.between(Instant.parse(scan.getString("startedAt")),
                    Instant.parse(scan.getString("finishedAt"))).toMillis();
            WebElement duration = row.findElement(By.cssSelector("td[data-duration-ms]"));
            assertThat(Long.parseLong(duration.getAttribute("data-duration-ms"))).as("scan " + id).isEqualTo(millis);
            assertThat(duration.getText()).as("human readable").matches(millis < 1000 ? "\\d+ (ms|ミリ秒)"
                    : "[\\d.]+ (s|秒)|\\d+ (min|分) \\d+ (s|秒)");
        }
        assertThat(changedSomething).as("the first-day scan opened findings").isPositive();
        browser.screenshot("scans-list-" + lang);
    }
}
