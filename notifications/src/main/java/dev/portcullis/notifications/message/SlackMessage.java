package dev.portcullis.notifications.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.notifications.message.HumanMessage.Fact;
import dev.portcullis.notifications.message.HumanMessage.Item;
import dev.portcullis.notifications.message.HumanMessage.Link;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Slack incoming-webhook payload with Block Kit: {@code text} (the notification's fallback) and {@code blocks}
 * (header, the facts, the detail, buttons to the pages).
 *
 * <p>Azure- and user-derived text (resource, subscription and tenant names, details) is only ever placed in
 * {@code plain_text} objects, which Slack shows as written: no formatting, no links, no mentions. The fallback
 * {@code text} is sent with {@code "mrkdwn": false} and its {@code &}, {@code <} and {@code >} escaped as Slack asks,
 * so {@code <!channel>} or {@code <https://evil|click>} in a name stays text. Lengths are cut to Block Kit's limits.
 */
final class SlackMessage {

    static final int HEADER_MAX = 150;
    static final int FIELD_MAX = 2000;
    static final int FIELDS_MAX = 10;
    static final int SECTION_MAX = 3000;
    static final int BUTTON_MAX = 75;
    static final int TEXT_MAX = 3000;

    private final ObjectMapper mapper;

    SlackMessage(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String render(HumanMessage message) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("text", escape(cut(message.title(), TEXT_MAX)));
        payload.put("mrkdwn", false);
        payload.put("unfurl_links", false);
        payload.put("unfurl_media", false);
        ArrayNode blocks = payload.putArray("blocks");

        ObjectNode header = blocks.addObject().put("type", "header");
        header.set("text", plain(cut(message.title(), HEADER_MAX)));
        if (message.intro() != null) {
            section(blocks, message.intro());
        }
        if (!message.facts().isEmpty()) {
            ObjectNode facts = blocks.addObject().put("type", "section");
            ArrayNode fields = facts.putArray("fields");
            for (Fact fact : message.facts().stream().limit(FIELDS_MAX).toList()) {
                fields.add(plain(cut(fact.label() + "\n" + fact.value(), FIELD_MAX)));
            }
        }
        if (message.detail() != null && !message.detail().isBlank()) {
            section(blocks, message.detailLabel() + "\n" + message.detail());
        }
        if (message.note() != null) {
            context(blocks, message.note());
        }
        if (!message.items().isEmpty()) {
            section(blocks, message.items().stream().map(Item::text).map(line -> "• " + line)
                    .collect(Collectors.joining("\n")));
        }
        if (message.more() != null) {
            context(blocks, message.more());
        }
        if (!message.links().isEmpty()) {
            ObjectNode actions = blocks.addObject().put("type", "actions");
            ArrayNode elements = actions.putArray("elements");
            List<Link> links = message.links();
            for (int i = 0; i < links.size(); i++) {
                ObjectNode button = elements.addObject().put("type", "button");
                button.set("text", plain(cut(links.get(i).label(), BUTTON_MAX)));
                button.put("url", links.get(i).url());
                button.put("action_id", "portcullis-link-" + i);
                if (i == 0) {
                    button.put("style", "primary");
                }
            }
        }
        context(blocks, message.footer());
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a Slack message", e);
        }
    }

    /**
     * Slack's three control characters as the entities Slack documents; everything else as is. For the fallback
     * {@code text} and any {@code mrkdwn} a later change may add: never needed in {@code plain_text}.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void section(ArrayNode blocks, String text) {
        ObjectNode section = blocks.addObject().put("type", "section");
        section.set("text", plain(cut(text, SECTION_MAX)));
    }

    private void context(ArrayNode blocks, String text) {
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").add(plain(cut(text, SECTION_MAX)));
    }

    private ObjectNode plain(String text) {
        return mapper.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", false);
    }

    /** At most {@code max} characters, the last one "…" when cut; never a lone surrogate half. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
