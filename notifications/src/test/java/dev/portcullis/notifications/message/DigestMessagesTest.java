package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.Fixtures.PUBLIC_URL;
import static dev.portcullis.notifications.message.Fixtures.objects;
import static dev.portcullis.notifications.message.Fixtures.render;
import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.notification.DestinationType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestMessagesTest {

    private static final String SCAN_PAGE = PUBLIC_URL + "/scans/" + NoticeBuilder.SCAN;

    /** 15 opened (one of them critical, the last), 8 resolved, 2 reopened: 25 events of one scan. */
    private static Message.Digest digest() {
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            NoticeBuilder notice = aNotice().id(uuid("event " + i)).findingId(uuid("finding " + i))
                    .onVm(String.format("vm-%02d", i)).severity("MEDIUM");
            if (i < 15) {
                notice.opened();
            } else if (i < 23) {
                notice.resolved();
            } else {
                notice.reopened();
            }
            notices.add(notice.build());
        }
        notices.set(14, aNotice().id(uuid("event 14")).findingId(uuid("finding 14")).onVm("vm-14")
                .severity("CRITICAL").build());
        return new Message.Digest(uuid("digest"), NoticeBuilder.SCAN, "SUCCEEDED", NoticeBuilder.AT, notices);
    }

    @Test
    void slackDigestHasTheCountTheCountsPerEventTenItemsAndTheScanLink() {
        JsonNode slack = render(digest(), DestinationType.SLACK, "en");

        List<String> texts = Fixtures.strings(slack.get("blocks"));
        assertThat(slack.get("text").asText()).isEqualTo("25 changes from one scan");
        assertThat(texts).contains("Finding opened: 15, Finding reopened: 2, Finding resolved: 8", "Changes\n25",
                "…and 15 more on the scan's page", "See what the scan changed");
        String items = texts.stream().filter(t -> t.startsWith("• ")).findFirst().orElseThrow();
        assertThat(items.lines()).hasSize(10);
        assertThat(items.lines().findFirst().orElseThrow()).isEqualTo("• Critical · Finding opened · vm-14 · "
                + "A management port of the VM is reachable from the internet");
        assertThat(objects(slack, n -> n.has("url")).get(0).get("url").asText()).isEqualTo(SCAN_PAGE);
    }

    @Test
    void teamsDigestHasTheCountTenItemsAndTheScanLink() {
        JsonNode card = render(digest(), DestinationType.TEAMS, "en").get("attachments").get(0).get("content");

        List<String> runs = objects(card, n -> n.path("type").asText().equals("TextRun")).stream()
                .map(n -> n.get("text").asText()).toList();
        assertThat(runs).contains("25 changes from one scan", "25");
        assertThat(runs.stream().filter(r -> r.startsWith("• "))).hasSize(10);
        assertThat(card.get("actions").get(0).get("url").asText()).isEqualTo(SCAN_PAGE);
    }

    @Test
    void emailDigestLinksEachListedFindingAndTheScan() {
        JsonNode email = render(digest(), DestinationType.EMAIL, "en");

        String html = email.get("html").asText();
        assertThat(email.get("subject").asText()).isEqualTo("[Portcullis] 25 changes from one scan");
        assertThat(html).contains("href=\"" + SCAN_PAGE + "\"", "href=\"" + PUBLIC_URL + "/findings/"
                + uuid("finding 14") + "\"", "…and 15 more");
        assertThat(html.split("<li ", -1)).hasSize(11);
    }

    @Test
    void japaneseDigestIsInJapanese() {
        JsonNode slack = render(digest(), DestinationType.SLACK, "ja");

        List<String> texts = Fixtures.strings(slack.get("blocks"));
        assertThat(slack.get("text").asText()).isEqualTo("1 回のスキャンで 25 件の変更がありました");
        assertThat(texts).contains("新しい検出結果: 15 件、検出結果の再発: 2 件、検出結果の解決: 8 件",
                "ほか 15 件はスキャンのページで確認できます", "このスキャンによる変更を見る");
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
