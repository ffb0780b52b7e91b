package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.Fixtures.PUBLIC_URL;
import static dev.portcullis.notifications.message.Fixtures.objects;
import static dev.portcullis.notifications.message.Fixtures.render;
import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.notification.DestinationType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMessageTest {

    private static final String HOSTILE = "<!channel> *bold* <https://evil.example|click> & <script>";

    @Test
    void payloadHasAFallbackTextAndBlocksWithHeaderFactsDetailAndButtons() {
        Notice notice = aNotice().opened().onVm("vm-web-01").build();

        JsonNode slack = render(new Message.Single(notice), DestinationType.SLACK, "en");

        assertThat(slack.get("text").asText()).isEqualTo("Finding opened (Critical): "
                + "A management port of the VM is reachable from the internet: vm-web-01");
        assertThat(slack.get("blocks")).extracting(b -> b.get("type").asText())
                .containsSubsequence("header", "section", "section", "actions", "context");
        JsonNode header = slack.get("blocks").get(0);
        assertThat(header.get("text").get("type").asText()).isEqualTo("plain_text");
        List<String> fields = slack.get("blocks").get(1).get("fields").findValuesAsText("text");
        assertThat(fields).contains("Severity\nCritical", "VM\nvm-web-01",
                "Subscription\nContoso Production (" + NoticeBuilder.SUBSCRIPTION + ")", "Tenant\nContoso",
                "Requirement\nNo management port of the VM is reachable from the internet", "When\n2026-11-30 02:28 UTC");
        assertThat(slack.get("blocks").get(2).get("text").get("text").asText())
                .isEqualTo("Detail\nReachable from the internet: SSH (22) via NIC NSG rule allow-ssh from *.");
        JsonNode buttons = slack.get("blocks").get(3).get("elements");
        assertThat(buttons).extracting(b -> b.get("text").get("text").asText())
                .containsExactly("Open the finding", "Open the VM");
        assertThat(buttons.get(0).get("url").asText()).isEqualTo(PUBLIC_URL + "/findings/" + notice.finding().id());
        assertThat(buttons.get(1).get("url").asText()).startsWith(PUBLIC_URL + "/vm?id=%2Fsubscriptions%2F");
    }

    @Test
    void hostileNamesAreNeverPlacedWhereSlackParsesMarkup() {
        Notice notice = aNotice().onVm(HOSTILE).subscriptionName(HOSTILE).tenantName(HOSTILE).detail(HOSTILE)
                .build();

        JsonNode slack = render(new Message.Single(notice), DestinationType.SLACK, "en");

        // no mrkdwn text object at all: every text Slack would parse is plain_text, shown as written
        assertThat(objects(slack, n -> n.has("type") && n.get("type").asText().equals("mrkdwn"))).isEmpty();
        assertThat(objects(slack, n -> n.has("type") && n.get("type").asText().equals("plain_text")))
                .extracting(n -> n.get("text").asText()).anyMatch(t -> t.contains(HOSTILE));
        // the fallback is the one place Slack reads as text with control sequences: escaped, and mrkdwn off
        assertThat(slack.get("mrkdwn").asBoolean()).isFalse();
        assertThat(slack.get("text").asText()).doesNotContain("<!channel>", "<https://", "<script>")
                .contains("&lt;!channel&gt;", "&lt;https://evil.example|click&gt; &amp; &lt;script&gt;");
    }

    @Test
    void escapeTurnsSlacksThreeControlCharactersIntoEntities() {
        assertThat(SlackMessage.escape("a & b <@U123> <!here> > c")).isEqualTo(
                "a &amp; b &lt;@U123&gt; &lt;!here&gt; &gt; c");
    }

    @Test
    void japaneseDestinationGetsJapaneseTextsAndCheckTitle() {
        JsonNode slack = render(new Message.Single(aNotice().reopened().severity("HIGH").build()),
                DestinationType.SLACK, "ja");

        assertThat(slack.get("blocks").get(0).get("text").get("text").asText()).isEqualTo(
                "検出結果の再発 (重大度: 高): VM の管理ポートがインターネットから到達できる: vm-web-01");
        assertThat(slack.get("blocks").get(1).get("fields").findValuesAsText("text"))
                .contains("重大度\n高", "サブスクリプション\nContoso Production (" + NoticeBuilder.SUBSCRIPTION + ")");
        assertThat(Fixtures.strings(slack.get("blocks"))).contains("検出結果を開く", "VM を開く");
    }

    @Test
    void textsAreCutToBlockKitLimits() {
        String longName = "vm-" + "x".repeat(400);
        Notice notice = aNotice().onVm(longName).detail("d".repeat(5000)).build();

        JsonNode slack = render(new Message.Single(notice), DestinationType.SLACK, "en");

        assertThat(slack.get("blocks").get(0).get("text").get("text").asText()).hasSize(SlackMessage.HEADER_MAX)
                .endsWith("…");
        assertThat(slack.get("blocks").get(2).get("text").get("text").asText()).hasSize(SlackMessage.SECTION_MAX);
        assertThat(slack.get("blocks").get(1).get("fields").size()).isLessThanOrEqualTo(SlackMessage.FIELDS_MAX);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String text = "a".repeat(8) + "😀" + "b";

        assertThat(SlackMessage.cut(text, 10)).isEqualTo("a".repeat(8) + "…");
    }
}
