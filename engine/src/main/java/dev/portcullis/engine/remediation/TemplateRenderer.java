package dev.portcullis.engine.remediation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a remediation template. {@code {{name}}} is a value, quoted for the format's string syntax by
 * {@link ScriptText#inside} (the template puts it inside that format's quotes: '…' in bash, PowerShell and Bicep,
 * "…" in HCL, `…` in Markdown); {@code {{cli:name}}} is a value inside the single quotes of an az command that a
 * template of another format prints in a comment (the Bicep templates' {@code az deployment} line), quoted for bash;
 * {@code {{raw:name}}} is a block rendered by code, which quotes every value it holds with {@link ScriptText};
 * {@code {{t:key}}} is prose from the language's messages. No quoted value holds a line break, so none can end a
 * comment. An unknown name fails loudly: a printed placeholder would not run.
 */
public final class TemplateRenderer {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(?:(raw|t|cli):)?([A-Za-z0-9_.]+)}}");

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
            } else if ("cli".equals(kind)) {
                replacement = ScriptText.bashInside(require(values, name, "value"));
            } else {
                replacement = ScriptText.inside(require(values, name, "value"), format);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return ScriptText.requirePrintable(out.toString());
    }

    private static String require(Map<String, String> source, String name, String what) {
        String value = source.get(name);
        if (value == null) {
            throw new IllegalStateException("Remediation template uses unknown " + what + " '" + name + "'");
        }
        return value;
    }
}
