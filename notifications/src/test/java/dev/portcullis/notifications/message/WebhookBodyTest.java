package dev.portcullis.notifications.message;

import static dev.portcullis.notifications.message.Fixtures.PUBLIC_URL;
import static dev.portcullis.notifications.message.Fixtures.mapper;
import static dev.portcullis.notifications.message.Fixtures.render;
import static dev.portcullis.notifications.message.NoticeBuilder.aNotice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portcullis.engine.notification.DestinationType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

    @Test
    void findingOpenedBodyCarriesTheEventTenantSubscriptionScanDetailAndLinks() {
        Notice notice = aNotice().opened().onVm("vm-web-01").build();

        JsonNode body = render(new Message.Single(notice), DestinationType.WEBHOOK, "en");

        assertThat(body.get("id").asText()).isEqualTo(notice.eventId().toString());
        assertThat(body.get("type").asText()).isEqualTo("finding.opened");
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-11-30T02:28:00Z");
        assertThat(body.get("tenant").get("id").asText()).isEqualTo(NoticeBuilder.TENANT_REF.toString());
        assertThat(body.get("tenant").get("tenantId").asText()).isEqualTo(NoticeBuilder.ENTRA_TENANT.toString());
        assertThat(body.get("tenant").get("displayName").asText()).isEqualTo("Contoso");
        assertThat(body.get("subscriptionId").asText()).isEqualTo(NoticeBuilder.SUBSCRIPTION);
        assertThat(body.get("subscriptionName").asText()).isEqualTo("Contoso Production");
        assertThat(body.get("scan").get("id").asText()).isEqualTo(NoticeBuilder.SCAN.toString());
        assertThat(body.get("scan").get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(body.get("detail").asText()).startsWith("Reachable from the internet: SSH (22)");
        assertThat(body.get("finding").get("resourceName").asText()).isEqualTo("vm-web-01");
        assertThat(body.get("links").get("finding").asText())
                .isEqualTo(PUBLIC_URL + "/findings/" + notice.finding().id());
        assertThat(body.get("links").get("vm").asText()).isEqualTo(PUBLIC_URL + "/vm?id="
                + URLEncoder.encode(notice.finding().resourceId(), StandardCharsets.UTF_8));
        assertThat(body.get("links").get("scan").asText()).isEqualTo(PUBLIC_URL + "/scans/" + NoticeBuilder.SCAN);
    }

    @Test
    void findingIsTheApisJsonOfTheFindingView() {
        Notice notice = aNotice().reopened().build();

        JsonNode body = render(new Message.Single(notice), DestinationType.WEBHOOK, "en");

        // what GET /api/v1/findings/{id} answers: the same record through the same mapper
        assertThat(body.get("finding")).isEqualTo(mapper().valueToTree(notice.findingView()));
        assertThat(body.get("finding").get("firstSeenAt").asText()).isEqualTo("2026-11-29T02:28:00Z");
        assertThat(body.get("finding").get("reopenCount").asInt()).isEqualTo(1);
        assertThat(body.get("finding").fieldNames()).toIterable().containsExactly("id", "checkId", "resourceId",
                "resourceName", "subscriptionId", "subscriptionName", "severity", "status", "firstSeenAt", "lastSeenAt", "resolvedAt",
                "reopenCount", "detail", "stale");
    }

    @Test
    void findingFallsBackToWhatTheEventRecordedWhenTheFindingIsGone() {
        Notice notice = aNotice().resolved().withoutView().build();

        JsonNode finding = render(new Message.Single(notice), DestinationType.WEBHOOK, "en").get("finding");

        assertThat(finding.get("id").asText()).isEqualTo(notice.finding().id().toString());
        assertThat(finding.get("checkId").asText()).isEqualTo("vm_management_port_internet_exposed");
        assertThat(finding.get("severity").asText()).isEqualTo("CRITICAL");
    }

    @Test
    void theBodyIsTheSameInEveryLanguage() {
        Message message = new Message.Single(aNotice().build());

        assertThat(Fixtures.messages().render(message, DestinationType.WEBHOOK, "ja"))
                .isEqualTo(Fixtures.messages().render(message, DestinationType.WEBHOOK, "en"));
    }

    @Test
    void everyBodyHasTheSameKeysWithNullsWhereTheyDoNotApply() {
        JsonNode failed = render(new Message.Single(aNotice().scanFailed("2 of 5 subscriptions failed").build()),
                DestinationType.WEBHOOK, "en");
        JsonNode opened = render(new Message.Single(aNotice().build()), DestinationType.WEBHOOK, "en");

        assertThat(failed.fieldNames()).toIterable().containsExactlyElementsOf(() -> opened.fieldNames());
        assertThat(failed.get("type").asText()).isEqualTo("scan.failed");
        assertThat(failed.get("subscriptionId").isNull()).isTrue();
        assertThat(failed.get("finding").isNull()).isTrue();
        assertThat(failed.get("detail").asText()).isEqualTo("2 of 5 subscriptions failed");
        assertThat(failed.get("scan").get("status").asText()).isEqualTo("PARTIAL");
        assertThat(failed.get("links").get("scan").asText()).isEqualTo(PUBLIC_URL + "/scans/" + NoticeBuilder.SCAN);
        assertThat(failed.get("links").has("finding")).isFalse();
    }

    @Test
    void subscriptionStaleBodyCarriesTheSubscriptionAndTheError() {
        JsonNode stale = render(new Message.Single(aNotice().subscriptionStale("AuthorizationFailed: no Reader")
                .build()), DestinationType.WEBHOOK, "en");

        assertThat(stale.get("type").asText()).isEqualTo("subscription.stale");
        assertThat(stale.get("subscriptionId").asText()).isEqualTo(NoticeBuilder.SUBSCRIPTION);
        assertThat(stale.get("detail").asText()).isEqualTo("AuthorizationFailed: no Reader");
    }

    @Test
    void digestBodyHasItsCountScanAndEachEventsOwnBody() {
        List<Notice> notices = IntStream.range(0, 21).mapToObj(i -> aNotice()
                .id(UUID.nameUUIDFromBytes(("event " + i).getBytes(StandardCharsets.UTF_8)))
                .findingId(UUID.nameUUIDFromBytes(("finding " + i).getBytes(StandardCharsets.UTF_8)))
                .onVm("vm-" + i).build()).toList();
        UUID digestId = UUID.fromString("d0000000-0000-4000-8000-000000000001");
        Message.Digest digest = new Message.Digest(digestId, NoticeBuilder.SCAN, "SUCCEEDED", NoticeBuilder.AT,
                notices);

        JsonNode body = render(digest, DestinationType.WEBHOOK, "en");

        assertThat(body.get("id").asText()).isEqualTo(digestId.toString());
        assertThat(body.get("type").asText()).isEqualTo("digest");
        assertThat(body.get("count").asInt()).isEqualTo(21);
        assertThat(body.get("scan").get("id").asText()).isEqualTo(NoticeBuilder.SCAN.toString());
        assertThat(body.get("events")).hasSize(21);
        assertThat(body.get("events").get(3))
                .isEqualTo(render(new Message.Single(notices.get(3)), DestinationType.WEBHOOK, "en"));
    }

    @Test
    void testBodyNamesTheDestination() {
        UUID id = UUID.randomUUID();

        JsonNode body = render(new Message.Test(id, NoticeBuilder.AT, "SecOps webhook"), DestinationType.WEBHOOK,
                "en");

        assertThat(body.get("id").asText()).isEqualTo(id.toString());
        assertThat(body.get("type").asText()).isEqualTo("test");
        assertThat(body.get("occurredAt").asText()).isEqualTo("2026-11-30T02:28:00Z");
        assertThat(body.get("destination").asText()).isEqualTo("SecOps webhook");
    }
}
