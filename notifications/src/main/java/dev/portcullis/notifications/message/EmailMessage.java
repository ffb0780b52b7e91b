package dev.portcullis.notifications.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portcullis.notifications.message.HumanMessage.Fact;
import dev.portcullis.notifications.message.HumanMessage.Item;
import dev.portcullis.notifications.message.HumanMessage.Link;
import java.util.stream.Collectors;

/**
 * An email, stored as {@code {"subject", "text", "html"}}: the sender makes a multipart/alternative message of the
 * text and HTML parts. The HTML is a single table with inline styles (mail clients drop style sheets) and every
 * value in it escaped, Portcullis' own words and URLs included; the subject has no line breaks, so no text can add a
 * header.
 */
final class EmailMessage {

    static final int SUBJECT_MAX = 200;

    private static final String FONT = "-apple-system,'Segoe UI',Helvetica,Arial,'Hiragino Sans','Hiragino Kaku Gothic"
            + " ProN',Meiryo,sans-serif";

    private final ObjectMapper mapper;

    EmailMessage(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String render(HumanMessage message) {
        ObjectNode email = mapper.createObjectNode();
        email.put("subject", subject(MessageTexts.of(message.language()).get("email.subject", "title",
                message.title())));
        email.put("text", text(message));
        email.put("html", html(message));
        try {
            return mapper.writeValueAsString(email);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an email", e);
        }
    }

    /** One line: control characters (CR and LF among them) become spaces; cut to {@value #SUBJECT_MAX}. */
    static String subject(String subject) {
        String line = subject.codePoints()
                .map(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll(" {2,}", " ").strip();
        return SlackMessage.cut(line, SUBJECT_MAX);
    }

    private static String text(HumanMessage message) {
        StringBuilder text = new StringBuilder();
        text.append(message.title()).append("\n\n");
        if (message.intro() != null) {
            text.append(message.intro()).append("\n\n");
        }
        for (Fact fact : message.facts()) {
            text.append(fact.label()).append(": ").append(fact.value()).append('\n');
        }
        if (message.detail() != null && !message.detail().isBlank()) {
            text.append('\n').append(message.detailLabel()).append(":\n").append(message.detail()).append('\n');
        }
        if (message.note() != null) {
            text.append('\n').append(message.note()).append('\n');
        }
        if (!message.items().isEmpty()) {
            text.append('\n');
            for (Item item : message.items()) {
                text.append("- ").append(item.text()).append('\n');
                if (item.url() != null) {
                    text.append("  ").append(item.url()).append('\n');
                }
            }
        }
        if (message.more() != null) {
            text.append(message.more()).append('\n');
        }
        text.append('\n');
        for (Link link : message.links()) {
            text.append(link.label()).append(": ").append(link.url()).append('\n');
        }
        return text.append("\n-- \n").append(message.footer()).append('\n').toString();
    }

    private static String html(HumanMessage message) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(message.language())).append("\">\n<head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(message.title())).append("</title></head>\n")
                .append("<body style=\"margin:0;padding:16px;background:#f4f5f7;color:#1f2328;font-family:")
                .append(escape(FONT)).append("\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"")
                .append("max-width:640px;margin:0 auto;background:#ffffff;border-collapse:collapse;border-top:4px")
                .append(" solid ").append(colour(message.tone())).append("\">\n<tr><td style=\"padding:20px 24px\">\n")
                .append("<h1 style=\"font-size:18px;line-height:1.4;margin:0 0 12px\">")
                .append(escape(message.title())).append("</h1>\n");
        if (message.intro() != null) {
            html.append("<p style=\"font-size:14px;margin:0 0 12px\">").append(escape(message.intro()))
                    .append("</p>\n");
        }
        if (!message.facts().isEmpty()) {
            html.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"")
                    .append("border-collapse:collapse;font-size:14px;margin:0 0 12px\">\n");
            for (Fact fact : message.facts()) {
                html.append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:4px 16px 4px 0;")
                        .append("color:#57606a;font-weight:600;white-space:nowrap\">").append(escape(fact.label()))
                        .append("</th><td style=\"padding:4px 0;word-break:break-word\">")
                        .append(escape(fact.value())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (message.detail() != null && !message.detail().isBlank()) {
            html.append("<h2 style=\"font-size:14px;margin:16px 0 4px\">").append(escape(message.detailLabel()))
                    .append("</h2>\n<p style=\"font-size:14px;margin:0 0 12px;white-space:pre-wrap;")
                    .append("word-break:break-word\">").append(escape(message.detail())).append("</p>\n");
        }
        if (message.note() != null) {
            html.append("<p style=\"font-size:13px;color:#57606a;margin:0 0 12px\">").append(escape(message.note()))
                    .append("</p>\n");
        }
        if (!message.items().isEmpty()) {
            html.append("<ul style=\"font-size:14px;margin:0 0 12px;padding-left:20px\">\n");
            for (Item item : message.items()) {
                html.append("<li style=\"margin:0 0 4px\">");
                if (item.url() != null) {
                    html.append("<a href=\"").append(escape(item.url())).append("\" style=\"color:#0969da\">")
                            .append(escape(item.text())).append("</a>");
                } else {
                    html.append(escape(item.text()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (message.more() != null) {
            html.append("<p style=\"font-size:13px;color:#57606a;margin:0 0 12px\">").append(escape(message.more()))
                    .append("</p>\n");
        }
        if (!message.links().isEmpty()) {
            html.append("<p style=\"margin:16px 0\">")
                    .append(message.links().stream().map(link -> "<a href=\"" + escape(link.url()) + "\" style=\""
                            + "display:inline-block;margin:0 8px 8px 0;padding:8px 14px;background:#0969da;"
                            + "color:#ffffff;text-decoration:none;border-radius:4px;font-size:14px\">"
                            + escape(link.label()) + "</a>").collect(Collectors.joining()))
                    .append("</p>\n");
        }
        html.append("<p style=\"font-size:12px;color:#6e7781;margin:16px 0 0\">").append(escape(message.footer()))
                .append("</p>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Text for HTML element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String colour(HumanMessage.Tone tone) {
        return switch (tone) {
            case ALERT -> "#cf222e";
            case WARNING -> "#bf8700";
            case GOOD -> "#1a7f37";
            case INFO -> "#0969da";
        };
    }
}
