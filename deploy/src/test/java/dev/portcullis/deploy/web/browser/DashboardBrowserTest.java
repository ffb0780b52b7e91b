package dev.portcullis.deploy.web.browser;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static dev.portcullis.deploy.support.PortcullisApi.demoHistoryOfSimulatedEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoHistory;
import dev.portcullis.simulator.estate.Expectation;
import dev.portcullis.simulator.estate.SimVm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real headless Chromium against the app on the simulated estate: what a person sees and does.
 * Each test has its own browser (and so its own session and language); the simulated estate's 30 days of history
 * are scanned once, so the overview has a real trend.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class DashboardBrowserTest {

    private static boolean estateScanned;

    @Inject
    TestDatabase database;

    @TestHTTPResource("/")
    URL app;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private Browser browser;

    @BeforeEach
    void signedInOnTheScannedEstate() {
        if (!estateScanned || asAdmin().get("/api/v1/scans").jsonPath().getList("items").size()
                < DemoHistory.DAYS) {
            demoHistoryOfSimulatedEstate(database, simulator);
            estateScanned = true;
        }
        browser = new Browser(app.toString());
        browser.signIn("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void overviewDrawsTheTrendAndItsNumbersMatchTheApi() {
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.all("svg.chart polyline.trend-line")).isNotEmpty();
        JsonPath trend = asAdmin().get("/api/v1/trends").jsonPath();
        assertThat(browser.all("#trend-table tbody tr")).hasSize(DemoHistory.DAYS);
        assertThat(trend.getList("points")).hasSize(DemoHistory.DAYS);

        List<Float> percents = trend.getList("points.compliancePercent", Float.class);
        Float latest = percents.stream().filter(p -> p != null).reduce((a, b) -> b).orElseThrow();
        assertThat(Float.parseFloat(browser.find("#compliance-now .big").getAttribute("data-percent")))
                .isEqualTo(latest);
        for (String severity : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            int total = asAdmin().queryParam("status", "OPEN").queryParam("severity", severity)
                    .get("/api/v1/findings").jsonPath().getInt("total");
            assertThat(browser.find("a[data-severity=" + severity + "]").getText()).as(severity)
                    .isEqualTo(Integer.toString(total));
        }
        List<Integer> opened = trend.getList("points.newFindings", Integer.class);
        List<Integer> resolved = trend.getList("points.resolvedFindings", Integer.class);
        int lastWeekOpened = opened.subList(opened.size() - 7, opened.size()).stream().mapToInt(i -> i).sum();
        int lastWeekResolved = resolved.subList(resolved.size() - 7, resolved.size()).stream().mapToInt(i -> i).sum();
        assertThat(browser.find("dd[data-new]").getText()).isEqualTo(Integer.toString(lastWeekOpened));
        assertThat(browser.find("dd[data-resolved]").getText()).isEqualTo(Integer.toString(lastWeekResolved));
        browser.screenshot("overview");

        browser.follow("a[href='/?range=365']");
        assertThat(browser.find("a[aria-current=true]").getText()).isEqualTo("365 days");
    }

    @Test
    void vmListFiltersByJitStatusAndName() {
        browser.open("/vms");
        new Select(browser.find("#f-jit")).selectByValue("UNPROTECTED");
        browser.follow("form.filters button[type=submit]");

        int unprotected = asAdmin().queryParam("jitStatus", "UNPROTECTED").queryParam("size", 1000)
                .get("/api/v1/vms").jsonPath().getInt("total");
        assertThat(browser.path()).contains("jit=UNPROTECTED");
        assertThat(browser.find("#vm-total").getText()).startsWith(Integer.toString(unprotected));
        List<WebElement> statuses = browser.all("table.vms tbody .jit");
        assertThat(statuses).isNotEmpty().allSatisfy(s -> assertThat(s.getText()).contains("Unprotected"));
        browser.screenshot("vms-unprotected");

        browser.open("/vms?q=web");
        assertThat(browser.all("table.vms .vm-link")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getText().toLowerCase()).contains("web"));
        browser.screenshot("vms");
    }

    @Test
    void vmPageShowsPortsAndJitRequestsAndSwitchesRemediationTabs() {
        browser.open("/vms?q=web-01");
        browser.follow(browser.all("table.vms a.vm-link").stream().filter(a -> a.getText().trim().equals("web-01"))
                .findFirst().orElseThrow());
        assertThat(browser.find("h1").getText()).contains("web-01").contains("Protected");
        WebElement ssh = browser.find("tr[data-port='22']");
        List<String> verdicts = ssh.findElements(org.openqa.selenium.By.cssSelector("td")).stream()
                .map(td -> td.getAttribute("data-verdict")).toList();
        assertThat(verdicts).as("internet, JIT, duration, sources").containsExactly("PASS", "PASS", "PASS", "PASS");
        assertThat(ssh.getText()).contains("Not reachable").contains("✔").contains("PT3H");
        assertThat(browser.find("#jit-requests").getText()).contains("alice@contoso.com")
                .contains("Deploy hotfix 4711");
        browser.screenshot("vm-detail");

        SimVm exposed = simulator.estate().virtualMachines().stream()
                .filter(vm -> vm.expected("vm_management_port_internet_exposed") == Expectation.FAIL
                        && vm.expected("vm_jit_enabled") == Expectation.FAIL)
                .findFirst().orElseThrow();
        browser.open("/vm?id=" + URLEncoder.encode(exposed.resourceId(), StandardCharsets.UTF_8));
        assertThat(browser.all("td[data-verdict=FAIL]")).isNotEmpty();
        assertThat(browser.find("pre#remediation-text").getAttribute("data-format")).isEqualTo("portal");

        browser.follow("a[data-tab=cli]");
        assertThat(browser.find("pre#remediation-text").getAttribute("data-format")).isEqualTo("cli");
        assertThat(browser.find("pre#remediation-text").getText()).contains("az ");
        assertThat(browser.find("button.copy").isDisplayed()).as("copy button shown by the script").isTrue();
        browser.screenshot("vm-remediation-cli");

        browser.follow("a[data-tab=terraform]");
        assertThat(browser.find("pre#remediation-text").getText()).contains("resource");
        browser.follow("a[data-tab=bicep]");
        assertThat(browser.find("pre#remediation-text").getAttribute("data-format")).isEqualTo("bicep");
    }

    @Test
    void japaneseChosenWithTheSwitcherSticksAcrossPages() {
        browser.follow("a.lang");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.find("nav a[href='/']").getText()).isEqualTo("概要");
        browser.screenshot("overview-ja");

        browser.open("/checks");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
        List<String> titles = CheckCatalogue.standard().definitions("ja").stream().map(CheckDefinition::title)
                .toList();
        String page = browser.find("main").getText();
        assertThat(titles).allSatisfy(title -> assertThat(page).contains(title));
        browser.screenshot("checks-ja");

        browser.open("/vms?jit=UNPROTECTED");
        assertThat(browser.all("table.vms tbody .jit")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getText()).contains("未保護"));
        browser.screenshot("vms-ja");

        browser.follow("a.lang");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.path()).isEqualTo("/vms?jit=UNPROTECTED");
    }

    @Test
    void suppressingAFindingMovesItOutOfTheOpenListAndUnsuppressingBringsItBack() {
        browser.open("/findings?status=OPEN&check=vm_jit_enabled");
        WebElement first = browser.find("table.findings tbody tr");
        String findingId = first.getAttribute("data-finding");
        browser.follow(first.findElement(org.openqa.selenium.By.cssSelector("a")));

        browser.await("#suppress").click();
        assertThat(browser.path()).as("an empty reason is refused by the browser").startsWith("/findings/" + findingId);
        browser.find("#reason").sendKeys("Lab VM, isolated network; accepted until rebuild");
        browser.follow("#suppress");

        assertThat(browser.find("#finding-status").getAttribute("data-status")).isEqualTo("SUPPRESSED");
        assertThat(browser.all("#finding-history li[data-event=SUPPRESSED]")).hasSize(1);
        assertThat(asAdmin().get("/api/v1/findings?status=SUPPRESSED&checkId=vm_jit_enabled").jsonPath()
                .getList("items.id", String.class)).contains(findingId);
        browser.screenshot("finding-suppressed");

        browser.open("/findings?status=OPEN&check=vm_jit_enabled");
        assertThat(browser.all("tr[data-finding='" + findingId + "']")).isEmpty();
        browser.open("/findings?status=SUPPRESSED");
        assertThat(browser.all("tr[data-finding='" + findingId + "']")).hasSize(1);
        browser.screenshot("findings-suppressed");

        browser.open("/findings/" + findingId);
        browser.follow("#unsuppress");
        assertThat(browser.find("#finding-status").getAttribute("data-status")).isEqualTo("OPEN");
        browser.open("/findings?status=OPEN&check=vm_jit_enabled");
        assertThat(browser.all("tr[data-finding='" + findingId + "']")).hasSize(1);
        browser.screenshot("findings");
    }

    @Test
    void openFindingsReadAsFailuresAndResolvedOnesAsTheRequirementMetInBothLanguages() {
        CheckDefinition exposure = CheckCatalogue.standard().require("vm_management_port_internet_exposed");
        browser.open("/findings?status=OPEN&check=" + exposure.id());
        assertThat(browser.all("table.findings tbody tr td:nth-child(2) a")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getText()).isEqualTo(exposure.failTitle()));
        browser.screenshot("findings-open-failures");
        browser.follow("table.findings tbody tr td:nth-child(2) a");
        assertThat(browser.find("h1").getText()).isEqualTo(exposure.failTitle());
        assertThat(browser.find("#finding-requirement").getText()).isEqualTo(exposure.title());

        browser.open("/findings?status=RESOLVED");
        List<WebElement> resolved = browser.all("table.findings tbody tr td:nth-child(2) a");
        assertThat(resolved).as("the estate's history resolves findings").isNotEmpty();
        List<String> requirements = CheckCatalogue.standard().definitions().stream().map(CheckDefinition::title)
                .toList();
        assertThat(resolved).allSatisfy(a -> assertThat(requirements).contains(a.getText()));

        browser.follow("a.lang");
        CheckDefinition japanese = CheckCatalogue.standard().definition(exposure.id(), "ja").orElseThrow();
        browser.open("/findings?status=OPEN&check=" + exposure.id());
        assertThat(browser.all("table.findings tbody tr td:nth-child(2) a"))
                .allSatisfy(a -> assertThat(a.getText()).isEqualTo(japanese.failTitle()));
        browser.screenshot("findings-open-failures-ja");
    }

    @Test
    void aSubscriptionWideFindingNamesTheSubscriptionWithItsIdAsSecondaryText() {
        JsonPath open = asAdmin().queryParam("checkId", "subscription_defender_servers_p2").queryParam("status", "OPEN")
                .get("/api/v1/findings").jsonPath();
        assertThat(open.getList("items")).as("the estate has a subscription without Plan 2").isNotEmpty();
        String name = open.getString("items[0].subscriptionName");
        String subscriptionId = open.getString("items[0].subscriptionId");
        assertThat(name).isNotBlank().isNotEqualTo(subscriptionId);

        browser.open("/findings?status=OPEN&check=subscription_defender_servers_p2");
        WebElement resource = browser.find("tr[data-finding='" + open.getString("items[0].id") + "'] td:nth-child(3)");
        assertThat(resource.getText()).startsWith(name).contains(subscriptionId);
        assertThat(resource.findElement(org.openqa.selenium.By.cssSelector("small code")).getText())
                .isEqualTo(subscriptionId);
        browser.screenshot("findings-subscription-names");
    }

    @Test
    void stopScanningLooksDestructiveAndNotLikeThePagesMainAction() {
        browser.open("/tenants");
        WebElement stop = browser.all("button.danger").stream().filter(b -> b.getText().equals("Stop scanning"))
                .findFirst().orElseThrow();
        assertThat(stop.getCssValue("background-color")).as("outlined, not filled")
                .isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(stop.getCssValue("color")).as("the --bad red").isEqualTo("rgba(164, 14, 38, 1)");
        browser.screenshot("tenants-actions");
    }

    @Test
    void scanPageShowsEachSubscriptionsArmRequestsAndReplicaAsTheApiDoes() {
        browser.open("/scans");
        browser.screenshot("scans");
        browser.follow("table.scans tbody tr a");
        String scanId = browser.path().substring("/scans/".length());

        JsonPath scan = asAdmin().get("/api/v1/scans/" + scanId).jsonPath();
        List<Integer> fromApi = scan.getList("subscriptions.armRequests", Integer.class);
        List<Integer> shown = browser.all("td[data-arm-requests]").stream()
                .map(td -> Integer.parseInt(td.getAttribute("data-arm-requests"))).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(fromApi);
        List<String> runners = browser.all("td[data-runner]").stream().map(td -> td.getAttribute("data-runner"))
                .toList();
        assertThat(runners).as("the replica that scanned each subscription").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(scan.getList("subscriptions.runner", String.class));
        browser.screenshot("scan");
    }

    @Test
    void tenantsPageCountsEveryVmOfASubscriptionByJitStatus() {
        browser.open("/tenants");
        int shown = browser.all("td.num").stream().mapToInt(td -> Integer.parseInt(td.getText().trim())).sum();
        assertThat(shown).isEqualTo(asAdmin().queryParam("size", 1000).get("/api/v1/vms").jsonPath().getInt("total"));
        browser.screenshot("tenants");
    }

    @Test
    void checksPageListsEveryCheckWithItsFrameworks() {
        browser.open("/checks");
        List<String> ids = CheckCatalogue.standard().definitions().stream().map(CheckDefinition::id).toList();
        assertThat(browser.all("article.check")).extracting(a -> a.getAttribute("id")).containsExactlyElementsOf(ids);
        assertThat(browser.find("article#vm_jit_enabled ul.frameworks").getText()).contains("MCSB");
        browser.screenshot("checks");
    }

    @Test
    void namesAndTagsAreShownAsTextAndNoScriptRuns() {
        browser.open("/vms?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        browser.follow("table.vms a.vm-link");
        assertThat(browser.find("h1").getText()).contains("<script>alert(1)</script>");
        assertThat(browser.find("ul.tags").getText()).contains("owner").contains("<script>alert(1)</script>");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.screenshot("vm-script-name");
    }

    @Test
    void unknownVmAndRefusedFiltersGetAPageWithAMessage() {
        browser.open("/vm?id=/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/"
                + "Microsoft.Compute/virtualMachines/gone");
        assertThat(browser.find("h1").getText()).isEqualTo("Not found");
        assertThat(browser.find(".message.error").getText()).contains("virtualMachines/gone");
        browser.screenshot("not-found");

        browser.open("/vms?jit=bogus&page=0");
        List<String> messages = browser.all(".message.error").stream().map(WebElement::getText).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("JIT status").contains("bogus"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("“0”"));
        assertThat(browser.all("table.vms .vm-link")).isNotEmpty();
        browser.screenshot("vms-bad-filter");
    }
}
