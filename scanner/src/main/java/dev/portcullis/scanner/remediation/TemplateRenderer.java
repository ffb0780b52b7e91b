package dev.portcullis.scanner.remediation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a remediation template. {@code {{name}}} is a value, escaped for the format's string syntax (the template
 * puts it inside that format's quotes); {@code {{raw:name}}} is a block rendered by code (a policy body);
 * {@code {{t:key}}} is prose from the language's messages. An unknown name fails loudly: a printed placeholder
 * would not run.
 */
public final class TemplateRenderer {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(?:(raw|t):)?([A-Za-z0-9_.]+)}}");

    private TemplateRenderer() {
    }

    public static String render(String template, RemediationFormat format, Map<String, String> values,
                                Map<String, String> blocks, Map<String, String> messages) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(1);
            String name = matcher.group(2);
            String replacement;
            if ("t".equals(kind)) {
                replacement = require(messages, name, "message");
            } else if ("raw".equals(kind)) {
                replacement = require(blocks, name, "block");
            } else {
                replacement = escape(require(values, name, "value"), format);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String require(Map<String, String> source, String name, String what) {
        String value = source.get(name);
        if (value == null) {
            throw new IllegalStateException("Remediation template uses unknown " + what + " '" + name + "'");
        }
        return value;
    }

    /** Escapes a value for the quotes the template puts around it in each format. */
    static String escape(String value, RemediationFormat format) {
        return switch (format) {
            case CLI -> value.replace("'", "'\\''");
            case POWERSHELL -> value.replace("'", "''");
            case TERRAFORM -> value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${");
            case BICEP -> value.replace("\\", "\\\\").replace("'", "\\'").replace("${", "\\${");
            case PORTAL -> value.replace("`", "'");
        };
    }
}
