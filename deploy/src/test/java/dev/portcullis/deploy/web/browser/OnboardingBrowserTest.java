package dev.portcullis.deploy.web.browser;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static dev.portcullis.deploy.support.PortcullisApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.SimulatorResource;
import dev.portcullis.deploy.support.TestCertificates;
import dev.portcullis.deploy.support.TestDatabase;
import dev.portcullis.simulator.ArmSimulator;
import dev.portcullis.simulator.estate.DemoEstate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Onboarding in a real headless Chromium against the simulator, as a security engineer does it: the cloud and the
 * credential type first, then only that type's fields, a refusal shown next to its field, and the tenant onboarded.
 */
@QuarkusTest
@QuarkusTestResource(SimulatorResource.class)
class OnboardingBrowserTest {

    private static final String CLIENT_ID = "0b5e2c1a-7c5d-4e8f-9a1b-2c3d4e5f6a7b";
    private static final String SECRET = "browser-secret-never-shown";

    @Inject
    TestDatabase database;

    @TestHTTPResource("/")
    URL app;

    private final ArmSimulator simulator = SimulatorResource.simulator();
    private Browser browser;

    @BeforeEach
    void signedInWithNoTenant() {
        database.reset();
        simulator.faults().clear();
        simulator.entra().clear();
        browser = new Browser(app.toString());
        browser.signIn("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void eachCredentialTypeShowsOnlyItsFieldsAndAClientSecretOnboardsAfterARefusalNamedAtItsField() {
        simulator.entra().registerClientSecret(DemoEstate.CONTOSO_TENANT_ID, CLIENT_ID, SECRET);
        browser.open("/tenants");
        browser.follow("#onboard-link");

        List<String> types = browser.all("#choose-type input[name=type]").stream()
                .map(r -> r.getAttribute("value")).toList();
        assertThat(types).contains("client_secret", "client_certificate", "workload_identity", "managed_identity",
                "azure_cli", "none");
        for (String type : types) {
            choose("AzureCloud", type);
            assertThat(browser.find("fieldset.credential").getAttribute("data-credential-type")).isEqualTo(type);
            assertThat(names("fieldset.credential")).as(type).containsExactlyElementsOf(switch (type) {
                case "client_secret" -> List.of("credentialType", "clientId", "clientSecret");
                case "client_certificate" -> List.of("credentialType", "clientId", "certificate");
                case "workload_identity", "managed_identity" -> List.of("credentialType", "clientId");
                default -> List.of("credentialType");
            });
            assertThat(browser.all("#resourceManagerEndpoint")).as("no endpoints for a public cloud").isEmpty();
            shot("onboarding-" + type.replace('_', '-'));
        }

        choose("Custom", "client_secret");
        assertThat(browser.find("#fs-endpoints legend").getText()).isEqualTo("Endpoints of the Custom cloud");
        browser.find("#displayName").sendKeys("Contoso");
        browser.find("#tenantId").sendKeys("contoso.onmicrosoft.com");
        browser.find("#resourceManagerEndpoint").sendKeys(simulator.baseUrl());
        browser.find("#authorityHost").sendKeys(simulator.baseUrl());
        browser.find("#onboard-clientId").sendKeys(CLIENT_ID);
        browser.find("#onboard-clientSecret").sendKeys(SECRET);
        browser.follow("#onboard-submit");

        assertThat(browser.await("#error").getText()).contains("Entra tenant id").contains("tenantId must be a GUID");
        assertThat(browser.find("#tenantId-error").isDisplayed()).isTrue();
        assertThat(browser.find("#tenantId").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Contoso");
        assertThat(browser.find("#resourceManagerEndpoint").getAttribute("value")).isEqualTo(simulator.baseUrl());
        assertThat(browser.find("#onboard-clientSecret").getAttribute("value")).as("never shown again").isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);
        shot("onboarding-refused");

        browser.find("#tenantId").clear();
        browser.find("#tenantId").sendKeys(DemoEstate.CONTOSO_TENANT_ID);
        browser.find("#onboard-clientSecret").sendKeys(SECRET);
        browser.follow("#onboard-submit");

        assertThat(browser.find("#onboarded").getText()).contains("onboarded");
        assertThat(browser.all("section.self-check")).isNotEmpty();
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getString("items[0].credential.type"))
                .isEqualTo("client_secret");
        shot("onboarding-checked");

        String tenant = asAdmin().get("/api/v1/tenants").jsonPath().getString("items[0].id");
        String rotation = "#rotate-" + tenant;
        browser.open("/tenants");
        browser.find(rotation + " summary").click();
        new org.openqa.selenium.support.ui.Select(browser.find("[id='" + tenant + "-rotate-type']"))
                .selectByValue("client_certificate");
        browser.follow(rotation + " form.filters button[type=submit]");
        assertThat(browser.find(rotation).getAttribute("open")).isNotNull();
        assertThat(names(rotation + " fieldset.credential")).containsExactly("credentialType", "clientId",
                "certificate");
        shot("onboarding-rotate");
    }

    @Test
    void inJapaneseACertificateIsPastedIntoTheOnlyFieldItNeedsAndTheTenantIsOnboarded() {
        TestCertificates.Issued issued = TestCertificates.valid();
        simulator.entra().registerCertificate(DemoEstate.FABRIKAM_TENANT_ID, CLIENT_ID, issued.certificate());
        browser.open("/tenants/onboard");
        browser.follow("a.lang");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");

        choose("Custom", "client_certificate");
        assertThat(browser.find("fieldset.credential legend").getText()).isEqualTo("資格情報: アプリ登録の証明書");
        assertThat(names("#onboard")).containsExactly("cloud", "managementGroupId", "displayName", "tenantId",
                "resourceManagerEndpoint", "authorityHost", "credentialType", "clientId", "certificate");
        browser.find("#displayName").sendKeys("Fabrikam");
        browser.find("#tenantId").sendKeys(DemoEstate.FABRIKAM_TENANT_ID);
        browser.find("#resourceManagerEndpoint").sendKeys(simulator.baseUrl());
        browser.find("#authorityHost").sendKeys(simulator.baseUrl());
        browser.find("#onboard-clientId").sendKeys(CLIENT_ID);
        browser.find("#onboard-certificate").sendKeys(TestCertificates.mismatched());
        shot("onboarding-client-certificate-ja");
        browser.follow("#onboard-submit");

        assertThat(browser.await("#error").getText()).contains("登録していません").contains("証明書と秘密鍵（PEM）");
        assertThat(browser.find("#onboard-certificate").getAttribute("value")).isEmpty();
        assertThat(browser.find("#onboard-certificate").getAttribute("aria-describedby"))
                .isEqualTo("onboard-certificate-hint onboard-certificate-error");
        shot("onboarding-refused-ja");

        browser.find("#onboard-certificate").sendKeys(issued.pem());
        browser.follow("#onboard-submit");

        assertThat(browser.find("#onboarded").getText()).contains("テナントを登録しました");
        assertThat(asAdmin().get("/api/v1/tenants").jsonPath().getString("items[0].credential.type"))
                .isEqualTo("client_certificate");
        shot("onboarding-checked-ja");
    }

    /** A screenshot of the whole page from its top, whichever field was typed into last. */
    private void shot(String name) {
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot(name);
    }

    /** Picks a cloud and a credential type in the first step, which shows the page again for them. */
    private void choose(String cloud, String type) {
        browser.find("#choose-cloud input[value='" + cloud + "']").click();
        browser.find("#choose-type input[value='" + type + "']").click();
        browser.follow("#choose-submit");
        assertThat(browser.path()).contains("cloud=" + cloud).contains("type=" + type);
    }

    /** The names of the inputs under an element, in order, the CSRF token left out. */
    private List<String> names(String css) {
        return browser.find(css).findElements(org.openqa.selenium.By.cssSelector("input, select, textarea")).stream()
                .map(e -> e.getAttribute("name")).filter(n -> !"csrf-token".equals(n)).toList();
    }
}
