package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.Fixtures.CATALOGUE;
import static dev.portcullis.notifications.message.Fixtures.PUBLIC_URL;
import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.notifications.message.HumanMessage.Fact;
import dev.portcullis.notifications.message.HumanMessage.Link;
import dev.portcullis.notifications.message.HumanMessage.Tone;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HumanMessagesTest {

    private final HumanMessages human = new HumanMessages(CATALOGUE, new PublicLinks(PUBLIC_URL));

    @Test
    void anOpenedFindingIsHeadedByTheFailureAndNamesTheRequirementInTheDestinationsLanguage() {
        Notice notice = aNotice().opened().check("vm_jit_max_duration", "MEDIUM").build();

        HumanMessage english = human.tell(new Message.Single(notice), "en");
        assertThat(english.title()).contains("JIT access windows are too long");
        assertThat(english.facts()).contains(new Fact("Requirement", "JIT access windows are short"));
        HumanMessage japanese = human.tell(new Message.Single(notice), "ja");
        assertThat(japanese.title()).contains("JIT アクセスの時間枠が長すぎる");
        assertThat(japanese.facts()).contains(new Fact("要件", "JIT アクセスの時間枠が短い"));
    }

    @Test
    void aResolvedFindingIsHeadedByTheRequirementItNowMeets() {
        Notice notice = aNotice().resolved().check("vm_jit_max_duration", "MEDIUM").build();

        assertThat(human.tell(new Message.Single(notice), "en").title())
                .isEqualTo("Finding resolved: vm-web-01 now passes “JIT access windows are short”");
    }

    @Test
    void anUnknownLanguageGetsEnglish() {
        assertThat(human.tell(new Message.Single(aNotice().build()), "fr").language()).isEqualTo("en");
        assertThat(human.tell(new Message.Single(aNotice().build()), null).language()).isEqualTo("en");
    }

    @Test
    void openedSeriousFindingIsAnAlertAndAMediumOneAWarning() {
        assertThat(human.tell(new Message.Single(aNotice().severity("HIGH").build()), "en").tone())
                .isEqualTo(Tone.ALERT);
        assertThat(human.tell(new Message.Single(aNotice().severity("MEDIUM").build()), "en").tone())
                .isEqualTo(Tone.WARNING);
        assertThat(human.tell(new Message.Single(aNotice().resolved().build()), "en").tone()).isEqualTo(Tone.GOOD);
    }

    @Test
    void scaleSetFindingIsLabelledAsSuchAndHasNoVmLink() {
        Notice notice = aNotice().check("vmss_management_port_internet_exposed", "CRITICAL").onResource(
                "/subscriptions/" + NoticeBuilder.SUBSCRIPTION
                        + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-web",
                "vmss-web").build();

        HumanMessage message = human.tell(new Message.Single(notice), "en");

        assertThat(message.facts()).contains(new Fact("Scale set", "vmss-web"));
        assertThat(message.links()).extracting(Link::label).containsExactly("Open the finding");
    }

    @Test
    void subscriptionWideFindingNamesTheSubscriptionByItsDisplayNameOnce() {
        // the scanner names a subscription-wide finding's resource by the subscription's GUID
        Notice notice = aNotice().check("subscription_defender_servers_p2", "HIGH")
                .onResource("/subscriptions/" + NoticeBuilder.SUBSCRIPTION, String.valueOf(NoticeBuilder.SUBSCRIPTION))
                .build();

        HumanMessage message = human.tell(new Message.Single(notice), "en");

        assertThat(message.facts()).extracting(Fact::label).containsExactly("Severity", "Subscription", "Tenant",
                "Requirement", "When");
        assertThat(message.title()).isEqualTo("Finding opened (High): "
                + "Defender for Servers Plan 2 is not enabled on the subscription: Contoso Production");
    }

    @Test
    void scanFailedTellsTheTenantHowManyFailedAndLinksTheScan() {
        HumanMessage message = human.tell(new Message.Single(aNotice().scanFailed("2 of 5 subscriptions failed")
                .build()), "en");

        assertThat(message.title()).isEqualTo("Scan failed for tenant Contoso");
        assertThat(message.tone()).isEqualTo(Tone.ALERT);
        assertThat(message.facts()).contains(new Fact("Tenant", "Contoso"), new Fact("Scan status", "partly failed"));
        assertThat(message.detail()).isEqualTo("2 of 5 subscriptions failed");
        assertThat(message.links()).containsExactly(new Link("Open the scan", PUBLIC_URL + "/scans/"
                + NoticeBuilder.SCAN));
    }

    @Test
    void subscriptionStaleTellsItsNameIdAndErrorAndWhatStaleMeans() {
        HumanMessage message = human.tell(new Message.Single(aNotice().subscriptionStale(
                "AuthorizationFailed").build()), "en");

        assertThat(message.title()).isEqualTo("Subscription Contoso Production is stale: its last scan failed");
        assertThat(message.facts()).contains(new Fact("Subscription", "Contoso Production ("
                + NoticeBuilder.SUBSCRIPTION + ")"));
        assertThat(message.detail()).isEqualTo("AuthorizationFailed");
        assertThat(message.note()).contains("as of its last successful scan");
        assertThat(message.links()).extracting(Link::url).containsExactly(PUBLIC_URL + "/scans/" + NoticeBuilder.SCAN);
    }

    @Test
    void anEventWithoutAScanLinksTheTenantsPage() {
        HumanMessage message = human.tell(new Message.Single(aNotice().subscriptionStale("timeout").withoutScan()
                .build()), "en");

        assertThat(message.links()).extracting(Link::url).containsExactly(PUBLIC_URL + "/tenants");
    }

    @Test
    void testMessageNamesTheDestinationAndLinksPortcullis() {
        HumanMessage message = human.tell(new Message.Test(UUID.randomUUID(), NoticeBuilder.AT, "#secops"), "ja");

        assertThat(message.title()).isEqualTo("Portcullis からのテスト メッセージ");
        assertThat(message.intro()).contains("宛先「#secops」");
        assertThat(message.links()).extracting(Link::url).containsExactly(PUBLIC_URL);
    }
}
