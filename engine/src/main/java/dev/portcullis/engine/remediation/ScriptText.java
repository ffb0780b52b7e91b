package dev.portcullis.engine.remediation;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How a value from ARM or configuration is written into a printed script or document: the one place that knows each
 * language's quoting. A VM, group, NSG or rule name, a resource id, a location, a JIT source or duration is never
 * concatenated into remediation or onboarding text without going through one of these methods.
 *
 * <ul>
 * <li>Strings: {@link #inside} gives what goes between the quotes a template writes around {@code {{name}}} ('…' in
 * bash, PowerShell and Bicep, "…" in HCL, `…` in Markdown); {@link #bash}, {@link #powershell}, {@link #hcl},
 * {@link #bicep}, {@link #json} and {@link #codeSpan} add the quotes. Each is complete for its language: nothing in
 * the value can close the string, expand or interpolate.</li>
 * <li>Words: {@link #bashWord} leaves a plain word bare and single-quotes anything else; {@link #markdownWord} does
 * the same for an address or a duration in Markdown prose.</li>
 * <li>Comments: {@link #comment} writes one comment line whatever the text holds.</li>
 * <li>URLs: {@link #urlPathSegment} keeps a value one path segment.</li>
 * </ul>
 *
 * <p>Characters no Azure name holds and that could end a line or make a reader see something else than what runs
 * ({@linkplain #unprintable unprintable}: C0 controls, DEL, C1 controls such as NEL, U+2028, U+2029 and the
 * bidirectional controls) are escaped where the syntax has an escape (JSON, HCL, Bicep: the value is kept exactly)
 * and replaced by U+FFFD where it has none (bash and PowerShell single quotes, Markdown, comments): the command then
 * names a resource that does not exist, and no value can end a comment, end a Markdown line or start a command.
 * Ordinary Azure names come out byte for byte as they went in, bar the quotes.
 */
public final class ScriptText {

    /** What an unprintable character becomes where the language cannot escape it. */
    public static final char REPLACEMENT = '\uFFFD';

    private static final String POWERSHELL_SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    private static final Pattern BASH_WORD = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
    private static final Pattern ADDRESS_OR_DURATION = Pattern.compile(
            "[0-9A-Fa-f:.]+(/[0-9]{1,3})?|[+-]?P[0-9DTHMS.,+-]*");
    private static final String URL_UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~()";

    private ScriptText() {
    }

    /**
     * True for a character that must never be printed as it is: a control character (C0, DEL, C1), a line or
     * paragraph separator, or a bidirectional formatting control.
     */
    public static boolean unprintable(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029 || c == 0x061C
                || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The value with every {@linkplain #unprintable unprintable} character replaced by U+FFFD; "null" for null. */
    public static String inert(String value) {
        String text = String.valueOf(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unprintable(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** What goes between the quotes a template puts around a value in {@code format}. */
    static String inside(String value, RemediationFormat format) {
        return switch (format) {
            case CLI -> bashInside(value);
            case POWERSHELL -> powershellInside(value);
            case TERRAFORM -> hclInside(value);
            case BICEP -> bicepInside(value);
            case PORTAL -> codeSpanInside(value);
        };
    }

    // ---- bash ----

    /** Inside bash single quotes: nothing is special there but the quote, written '\''. */
    static String bashInside(String value) {
        return inert(value).replace("'", "'\\''");
    }

    /** A single-quoted bash word. */
    public static String bash(String value) {
        return "'" + bashInside(value) + "'";
    }

    /**
     * A bash word: bare when it holds only letters, digits and {@code _ . / : @ % + = , -} (an address range, a
     * scope of plain names), which bash never expands or splits; single-quoted otherwise.
     */
    public static String bashWord(String value) {
        return value != null && BASH_WORD.matcher(value).matches() ? value : bash(value);
    }

    // ---- PowerShell ----

    /**
     * Inside PowerShell single quotes: nothing expands there, but PowerShell takes U+2018, U+2019, U+201A and U+201B
     * for single quotes as well as ', so each of the five is doubled.
     */
    static String powershellInside(String value) {
        String text = inert(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (POWERSHELL_SINGLE_QUOTES.indexOf(c) >= 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A single-quoted PowerShell string. */
    public static String powershell(String value) {
        return "'" + powershellInside(value) + "'";
    }

    // ---- HCL (Terraform) ----

    /**
     * Inside an HCL quoted string: backslash and double quote escaped, line breaks and tabs as \n \r \t, other
     * unprintable characters as \\uNNNN; {@code ${} and {@code %{} (interpolation and template directive) written
     * {@code $${} and {@code %%{}, and a final {@code $} or {@code %} as \\u0024 or \\u0025 so that no brace written
     * after the value can open one either.
     */
    static String hclInside(String value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i == text.length() - 1;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    if (last) {
                        out.append(c == '$' ? "\\u0024" : "\\u0025");
                    } else {
                        out.append(c);
                        if (text.charAt(i + 1) == '{') {
                            out.append(c);
                        }
                    }
                }
                default -> {
                    if (unprintable(c)) {
                        out.append("\\u%04X".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A double-quoted HCL string. */
    public static String hcl(String value) {
        return "\"" + hclInside(value) + "\"";
    }

    // ---- Bicep ----

    /**
     * Inside a Bicep single-quoted string: \\ \' and \$ (so nothing interpolates), line breaks and tabs as \n \r \t,
     * other unprintable characters as \\u{X}.
     */
    static String bicepInside(String value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '$' -> out.append("\\$");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unprintable(c)) {
                        out.append("\\u{%X}".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A single-quoted Bicep string. */
    public static String bicep(String value) {
        return "'" + bicepInside(value) + "'";
    }

    // ---- JSON ----

    /** A JSON string: quote and backslash escaped, every unprintable character as \n \r \t or \\uNNNN. */
    public static String json(String value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unprintable(c)) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---- Markdown ----

    /** Inside a Markdown code span: no backtick (it would close the span; written ') and no line break. */
    static String codeSpanInside(String value) {
        return inert(value).replace('`', '\'');
    }

    /** An inline code span: Markdown and HTML inside it are shown, not interpreted. */
    public static String codeSpan(String value) {
        return "`" + codeSpanInside(value) + "`";
    }

    /**
     * A value in Markdown prose, not at the start of a line: bare when it is an IP address, a CIDR range or an
     * ISO-8601 duration (none of their characters means anything there), a code span otherwise.
     */
    public static String markdownWord(String value) {
        return value != null && ADDRESS_OR_DURATION.matcher(value).matches() ? value : codeSpan(value);
    }

    // ---- comments ----

    /**
     * One comment line in {@code format}'s syntax ({@code # } in bash, PowerShell and HCL, {@code // } in Bicep):
     * whatever the text holds, it cannot end the comment, because no line break survives.
     */
    static String comment(RemediationFormat format, String text) {
        String marker = switch (format) {
            case CLI, POWERSHELL, TERRAFORM -> "# ";
            case BICEP -> "// ";
            case PORTAL -> throw new IllegalArgumentException("Markdown has no comment syntax here");
        };
        return marker + inert(text);
    }

    // ---- URLs ----

    /**
     * One URL path segment: everything but unreserved characters and parentheses percent-encoded (UTF-8), and a
     * segment of dots encoded whole, so a value can neither add a segment, climb one with {@code ..}, nor start the
     * query or the fragment.
     */
    static String urlPathSegment(String value) {
        String text = String.valueOf(value);
        boolean dots = !text.isEmpty() && text.chars().allMatch(c -> c == '.');
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && URL_UNRESERVED.indexOf(c) >= 0 && !dots) {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    /**
     * Fails when a rendered script holds an unprintable character other than the line feeds that separate its lines:
     * every value went through one of the methods above, so this only fires on a bug, and then nothing is printed.
     */
    static String requirePrintable(String script) {
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c != '\n' && unprintable(c)) {
                throw new IllegalStateException("Rendered script holds U+%04X at %d: a value was not quoted"
                        .formatted((int) c, i));
            }
        }
        return script;
    }
}
