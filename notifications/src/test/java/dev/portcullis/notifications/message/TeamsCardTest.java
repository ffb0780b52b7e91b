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

class TeamsCardTest {

    private static final String HOSTILE = "[click](https://evil.example) **bold** <script>alert(1)</script>";

    @Test
    void payloadIsAWorkflowsMessageWithOneAdaptiveCard() {
        JsonNode teams = render(new Message.Single(aNotice().build()), DestinationType.TEAMS, "en");

        assertThat(teams.get("type").asText()).isEqualTo("message");
        assertThat(teams.get("attachments")).hasSize(1);
        JsonNode attachment = teams.get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.4");
        assertThat(card.get("body").size()).isGreaterThan(3);
    }

    @Test
    void cardTellsWhatHappenedWhereHowSevereWhichCheckAndWhy() {
        Notice notice = aNotice().opened().onVm("vm-web-01").build();

        JsonNode card = render(new Message.Single(notice), DestinationType.TEAMS, "en").get("attachments").get(0)
                .get("content");

        List<String> runs = runs(card);
        assertThat(runs.get(0)).isEqualTo("Finding opened (Critical): "
                + "A management port of the VM is reachable from the internet: vm-web-01");
        assertThat(runs).contains("Critical", "vm-web-01", "Contoso Production (" + NoticeBuilder.SUBSCRIPTION + ")",
                "No management port of the VM is reachable from the internet",
                "Reachable from the internet: SSH (22) via NIC NSG rule allow-ssh from *.");
        assertThat(textBlocks(card)).contains("Severity", "VM", "Subscription", "Requirement", "Detail");
        assertThat(card.get("body").get(0).get("inlines").get(0).get("color").asText()).isEqualTo("Attention");
        JsonNode actions = card.get("actions");
        assertThat(actions).extracting(a -> a.get("type").asText()).containsOnly("Action.OpenUrl");
        assertThat(actions).extracting(a -> a.get("title").asText()).containsExactly("Open the finding", "Open the VM");
        assertThat(actions.get(0).get("url").asText()).isEqualTo(PUBLIC_URL + "/findings/" + notice.finding().id());
        assertThat(actions.get(1).get("url").asText()).startsWith(PUBLIC_URL + "/vm?id=%2Fsubscriptions%2F");
    }

    @Test
    void azureDerivedTextIsOnlyInTextRunsWhichRenderNoMarkdown() {
        Notice notice = aNotice().onVm(HOSTILE).subscriptionName(HOSTILE).tenantName(HOSTILE).detail(HOSTILE)
                .build();

        JsonNode card = render(new Message.Single(notice), DestinationType.TEAMS, "en").get("attachments").get(0)
                .get("content");

        assertThat(textBlocks(card)).noneMatch(text -> text.contains("evil.example") || text.contains("<script>"));
        assertThat(objects(card, n -> n.has("type") && n.get("type").asText().equals("FactSet"))).isEmpty();
        assertThat(runs(card)).anyMatch(text -> text.contains(HOSTILE));
    }

    @Test
    void resolvedFindingIsGreenAndJapaneseCardIsInJapanese() {
        JsonNode card = render(new Message.Single(aNotice().resolved().build()), DestinationType.TEAMS, "ja")
                .get("attachments").get(0).get("content");

        assertThat(card.get("lang").asText()).isEqualTo("ja");
        assertThat(card.get("body").get(0).get("inlines").get(0).get("color").asText()).isEqualTo("Good");
        assertThat(runs(card).get(0)).isEqualTo(
                "検出結果の解決: vm-web-01 がチェック「VM のどの管理ポートもインターネットから到達できない」に適合するようになりました");
        assertThat(textBlocks(card)).contains("重大度", "サブスクリプション", "要件", "詳細", "Portcullis から送信");
        assertThat(card.get("actions")).extracting(a -> a.get("title").asText())
                .containsExactly("検出結果を開く", "VM を開く");
    }

    private static List<String> runs(JsonNode card) {
        return objects(card, n -> n.path("type").asText().equals("TextRun")).stream()
                .map(n -> n.get("text").asText()).toList();
    }

    private static List<String> textBlocks(JsonNode card) {
        return objects(card, n -> n.path("type").asText().equals("TextBlock")).stream()
                .map(n -> n.get("text").asText()).toList();
    }
}
