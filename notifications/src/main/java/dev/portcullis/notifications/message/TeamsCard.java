package dev.portcullis.notifications.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.notifications.message.HumanMessage.Fact;
import dev.portcullis.notifications.message.HumanMessage.Item;
import dev.portcullis.notifications.message.HumanMessage.Link;

/**
 * A Teams Workflows webhook payload ("When a Teams webhook request is received" → "Post card in a chat or channel"):
 * a message whose one attachment is an Adaptive Card 1.4. Workflows take Adaptive Cards only (the connectors'
 * MessageCard is retired with Office 365 connectors), and Teams renders schema versions up to 1.5; this card uses
 * elements from 1.2 at most.
 *
 * <p>Adaptive Cards render a Markdown subset in {@code TextBlock} and in {@code FactSet} facts, but not in a
 * {@code RichTextBlock}'s {@code TextRun}s. So Azure- and user-derived text is only ever placed in {@code TextRun}s:
 * a name like {@code [click](https://evil)} or {@code **bold**} is shown as written. {@code TextBlock}s hold only this
 * module's own words (labels, footer). Teams shows no HTML, so {@code <script>} is text too.
 */
final class TeamsCard {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    static final String VERSION = "1.4";
    /** Teams posts at most about 28 KB per message: long details are cut well below. */
    static final int DETAIL_MAX = 4000;

    private final ObjectMapper mapper;

    TeamsCard(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String render(HumanMessage message) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("type", "message");
        ObjectNode attachment = payload.putArray("attachments").addObject();
        attachment.put("contentType", CONTENT_TYPE);
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", SCHEMA);
        card.put("type", "AdaptiveCard");
        card.put("version", VERSION);
        card.putObject("msteams").put("width", "Full");
        card.put("lang", message.language());
        card.put("fallbackText", message.title());
        ArrayNode body = card.putArray("body");

        ObjectNode title = run(message.title()).put("weight", "Bolder").put("size", "Medium");
        String colour = colour(message.tone());
        if (colour != null) {
            title.put("color", colour);
        }
        rich(body, title);
        if (message.intro() != null) {
            rich(body, run(message.intro()));
        }
        for (Fact fact : message.facts()) {
            ObjectNode row = body.addObject().put("type", "ColumnSet").put("spacing", "Small");
            ArrayNode columns = row.putArray("columns");
            ObjectNode label = columns.addObject().put("type", "Column").put("width", 2);
            label.putArray("items").addObject().put("type", "TextBlock").put("text", fact.label())
                    .put("weight", "Bolder").put("wrap", true);
            ObjectNode value = columns.addObject().put("type", "Column").put("width", 5);
            rich(value.putArray("items"), run(fact.value()));
        }
        if (message.detail() != null && !message.detail().isBlank()) {
            body.addObject().put("type", "TextBlock").put("text", message.detailLabel()).put("weight", "Bolder")
                    .put("spacing", "Medium").put("wrap", true);
            rich(body, run(SlackMessage.cut(message.detail(), DETAIL_MAX)));
        }
        if (message.note() != null) {
            rich(body, run(message.note()).put("isSubtle", true));
        }
        boolean first = true;
        for (Item item : message.items()) {
            ObjectNode line = rich(body, run("• " + item.text()));
            line.put("spacing", first ? "Medium" : "None");
            first = false;
        }
        if (message.more() != null) {
            rich(body, run(message.more()).put("isSubtle", true));
        }
        body.addObject().put("type", "TextBlock").put("text", message.footer()).put("isSubtle", true)
                .put("size", "Small").put("spacing", "Medium").put("wrap", true);

        ArrayNode actions = card.putArray("actions");
        for (Link link : message.links()) {
            actions.addObject().put("type", "Action.OpenUrl").put("title", link.label()).put("url", link.url());
        }
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a Teams card", e);
        }
    }

    /** A RichTextBlock holding one run; returns the block. */
    private ObjectNode rich(ArrayNode container, ObjectNode run) {
        ObjectNode block = container.addObject().put("type", "RichTextBlock");
        block.putArray("inlines").add(run);
        return block;
    }

    private ObjectNode run(String text) {
        return mapper.createObjectNode().put("type", "TextRun").put("text", text);
    }

    private static String colour(HumanMessage.Tone tone) {
        return switch (tone) {
            case ALERT -> "Attention";
            case WARNING -> "Warning";
            case GOOD -> "Good";
            case INFO -> null;
        };
    }
}
