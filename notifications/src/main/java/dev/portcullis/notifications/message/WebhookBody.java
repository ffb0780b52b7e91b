package dev.portcullis.notifications.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The webhook's JSON body: for machines, so the same in every language. One event:
 * <pre>{"id", "type", "occurredAt", "tenant": {"id", "tenantId", "displayName"}, "subscriptionId",
 * "subscriptionName", "finding": &lt;GET /api/v1/findings/{id}&gt;, "scan": {"id", "status"}, "detail",
 * "links": {"finding", "vm", "scan"}}</pre>
 * A digest: {@code {"id", "type": "digest", "occurredAt", "count", "scan", "events": [<one event>…]}}; a test:
 * {@code {"id", "type": "test", "occurredAt", "destination"}}. Keys are always present, null when they do not apply
 * (no subscription for scan.failed, no finding for scan and subscription events), so receivers see one shape.
 *
 * <p>{@code finding} is serialized by the application's own {@link ObjectMapper}, the one the API answers with, so it
 * is exactly what {@code GET /api/v1/findings/{id}} shows.
 */
final class WebhookBody {

    private final ObjectMapper mapper;
    private final PublicLinks links;

    WebhookBody(ObjectMapper mapper, PublicLinks links) {
        this.mapper = mapper;
        this.links = links;
    }

    String render(Message message) {
        ObjectNode body;
        if (message instanceof Message.Single single) {
            body = single(single.notice());
        } else if (message instanceof Message.Digest digest) {
            body = digest(digest);
        } else {
            Message.Test test = (Message.Test) message;
            body = mapper.createObjectNode();
            body.put("id", test.id().toString());
            body.put("type", "test");
            body.put("occurredAt", test.occurredAt().toString());
            body.put("destination", test.destinationName());
        }
        try {
            return mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the webhook body of " + message.id(), e);
        }
    }

    private ObjectNode digest(Message.Digest digest) {
        ObjectNode body = mapper.createObjectNode();
        body.put("id", digest.id().toString());
        body.put("type", "digest");
        body.put("occurredAt", digest.occurredAt().toString());
        body.put("count", digest.notices().size());
        body.set("scan", scan(digest.scanId(), digest.scanStatus()));
        ArrayNode events = body.putArray("events");
        digest.notices().forEach(notice -> events.add(single(notice)));
        return body;
    }

    private ObjectNode single(Notice notice) {
        ObjectNode body = mapper.createObjectNode();
        body.put("id", notice.eventId().toString());
        body.put("type", notice.type().wireName());
        body.put("occurredAt", notice.occurredAt().toString());
        if (notice.tenant() == null) {
            body.putNull("tenant");
        } else {
            ObjectNode tenant = body.putObject("tenant");
            tenant.put("id", text(notice.tenant().id()));
            tenant.put("tenantId", text(notice.tenant().tenantId()));
            tenant.put("displayName", notice.tenant().displayName());
        }
        body.put("subscriptionId", notice.subscriptionId());
        body.put("subscriptionName", notice.subscriptionName());
        body.set("finding", finding(notice));
        body.set("scan", notice.scan() == null ? null : scan(notice.scan().id(), notice.scan().status()));
        String detail = notice.finding() != null && notice.finding().detail() != null
                ? notice.finding().detail() : notice.detail();
        body.put("detail", detail);
        ObjectNode pages = body.putObject("links");
        UUID findingId = notice.finding() != null ? notice.finding().id()
                : notice.findingView() != null ? notice.findingView().id() : null;
        if (findingId != null) {
            pages.put("finding", links.finding(findingId));
        }
        String resourceId = notice.finding() != null ? notice.finding().resourceId()
                : notice.findingView() != null ? notice.findingView().resourceId() : null;
        links.vm(resourceId).ifPresent(url -> pages.put("vm", url));
        if (notice.scan() != null) {
            pages.put("scan", links.scan(notice.scan().id()));
        }
        return body;
    }

    /**
     * The finding as the API shows it; when the finding is gone (deleted with its tenant before the message went),
     * the same keys from what the event recorded.
     */
    private ObjectNode finding(Notice notice) {
        if (notice.findingView() != null) {
            return mapper.valueToTree(notice.findingView());
        }
        Notice.NoticeFinding recorded = notice.finding();
        if (recorded == null) {
            return null;
        }
        ObjectNode finding = mapper.createObjectNode();
        finding.put("id", text(recorded.id()));
        finding.put("checkId", recorded.checkId());
        finding.put("resourceId", recorded.resourceId());
        finding.put("resourceName", recorded.resourceName());
        finding.put("severity", recorded.severity());
        finding.put("detail", recorded.detail());
        return finding;
    }

    private ObjectNode scan(UUID id, String status) {
        ObjectNode scan = mapper.createObjectNode();
        scan.put("id", text(id));
        scan.put("status", status);
        return scan;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
