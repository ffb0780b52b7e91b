package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.Fixtures.PUBLIC_URL;
import static dev.portcullis.notifications.message.Fixtures.render;
import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.notification.DestinationType;
import org.junit.jupiter.api.Test;

class EmailMessageTest {

    @Test
    void emailIsSubjectTextAndHtml() {
        Notice notice = aNotice().opened().onVm("vm-web-01").build();

        JsonNode email = render(new Message.Single(notice), DestinationType.EMAIL, "en");

        assertThat(email.fieldNames()).toIterable().containsExactly("subject", "text", "html");
        assertThat(email.get("subject").asText()).isEqualTo("[Portcullis] Finding opened (Critical): "
                + "A management port of the VM is reachable from the internet: vm-web-01");
        assertThat(email.get("html").asText()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("vm-web-01", "Contoso Production (" + NoticeBuilder.SUBSCRIPTION + ")",
                        "href=\"" + PUBLIC_URL + "/findings/" + notice.finding().id() + "\"", ">Open the VM</a>");
    }

    @Test
    void textPartReadsAsLabelledLinesWithTheLinksSpelledOut() {
        Notice notice = aNotice().opened().onVm("vm-web-01").build();

        String text = render(new Message.Single(notice), DestinationType.EMAIL, "en").get("text").asText();

        assertThat(text).contains("Severity: Critical\n", "VM: vm-web-01\n",
                "Subscription: Contoso Production (" + NoticeBuilder.SUBSCRIPTION + ")\n",
                "Requirement: No management port of the VM is reachable from the internet\n",
                "Detail:\nReachable from the internet: SSH (22) via NIC NSG rule allow-ssh from *.\n",
                "Open the finding: " + PUBLIC_URL + "/findings/" + notice.finding().id() + "\n",
                "Open the VM: " + PUBLIC_URL + "/vm?id=%2Fsubscriptions%2F")
                .doesNotContain("<", "&amp;");
    }

    @Test
    void htmlEscapesEveryAzureAndUserDerivedValue() {
        String script = "<script>alert(1)</script>";
        String attribute = "\" onmouseover=\"alert(2)";
        Notice notice = aNotice().onVm(script).subscriptionName(attribute).tenantName("R&D <team>")
                .detail("<img src=x onerror=alert(3)>").build();

        String html = render(new Message.Single(notice), DestinationType.EMAIL, "en").get("html").asText();

        assertThat(html).doesNotContain("<script", "<img", "\" onmouseover=", "<team>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot; onmouseover=&quot;alert(2)",
                        "R&amp;D &lt;team&gt;", "&lt;img src=x onerror=alert(3)&gt;");
    }

    @Test
    void subjectStaysOneLineWhateverTheNamesHold() {
        Notice notice = aNotice().onVm("vm\r\nBcc: attacker@example.com").build();

        String subject = render(new Message.Single(notice), DestinationType.EMAIL, "en").get("subject").asText();

        assertThat(subject).doesNotContain("\r", "\n").contains("vm Bcc: attacker@example.com");
        assertThat(EmailMessage.subject("a\u2028b\tc")).isEqualTo("a b c");
    }

    @Test
    void japaneseEmailIsInJapanese() {
        JsonNode email = render(new Message.Single(aNotice().subscriptionStale(
                "AuthorizationFailed: the client has no Reader role").build()), DestinationType.EMAIL, "ja");

        assertThat(email.get("subject").asText()).isEqualTo(
                "[Portcullis] サブスクリプション「Contoso Production」の最後のスキャンが失敗し、データが古くなっています");
        assertThat(email.get("html").asText()).contains("<html lang=\"ja\">", "詳細", "スキャンを開く");
        assertThat(email.get("text").asText()).contains("テナント: Contoso\n",
                "このサブスクリプションのスキャンが再び成功するまで",
                "スキャンを開く: " + PUBLIC_URL + "/scans/" + NoticeBuilder.SCAN);
    }
}
