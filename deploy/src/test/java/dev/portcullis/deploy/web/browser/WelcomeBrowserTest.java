package dev.portcullis.deploy.web.browser;

import static dev.portcullis.deploy.support.PortcullisApi.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.deploy.support.People;
import dev.portcullis.deploy.support.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overview before any tenant is onboarded, in a real headless Chromium: what Portcullis does and how to start. */
@QuarkusTest
class WelcomeBrowserTest {

    @Inject
    TestDatabase database;

    @TestHTTPResource("/")
    URL app;

    @BeforeEach
    void noTenantOnboarded() {
        database.reset();
    }

    @Test
    void anOverviewWithNoTenantExplainsPortcullisAndLeadsAnOperatorToOnboarding() {
        try (Browser browser = new Browser(app.toString())) {
            browser.signIn("admin", ADMIN_PASSWORD);

            assertThat(browser.find("#welcome h2").getText())
                    .isEqualTo("Keep management ports closed except through Just-In-Time access");
            assertThat(browser.find("#welcome").getText()).contains("SSH 22", "RDP 3389", "WinRM 5985",
                    "Reader and Security Reader");
            assertThat(browser.all("#compliance-now, #trend, #most-exposed")).as("no empty cards").isEmpty();
            browser.screenshot("overview-welcome");

            browser.follow("a.lang");
            assertThat(browser.find("#welcome h2").getText()).isEqualTo("管理ポートは Just-In-Time アクセス以外では閉じておく");
            browser.screenshot("overview-welcome-ja");

            browser.follow("#start-onboarding");
            assertThat(browser.path()).isEqualTo("/tenants/onboard");
        }
    }

    @Test
    void aViewerWithoutTenantsIsToldToAskForAccessInsteadOfOfferedOnboarding() {
        String viewer = People.account("welcome-viewer", "VIEWER", List.of("*"));
        try (Browser browser = new Browser(app.toString())) {
            browser.signIn(viewer, People.PASSWORD);

            assertThat(browser.all("#start-onboarding")).isEmpty();
            assertThat(browser.find("#ask-for-access").getText()).contains("Ask an administrator");
        }
    }
}
