package dev.portcullis.engine.remediation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Just enough of each script language's lexer to tell code from strings and comments, so a test can ask "did this
 * text land anywhere it would run?". Deliberately conservative: any Unicode line terminator ends a comment (editors
 * and some shells honour more than LF), and anything a language would expand inside a string is reported.
 */
final class ScriptRegions {

    /** Every character sequence some tool treats as the end of a line. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]");

    private static final String PS_SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
    private static final String PS_DOUBLE_QUOTES = "\"\u201C\u201D\u201E";

    /** The code of a script (strings and comments left out) and what would be expanded inside its strings. */
    record Lexed(String code, List<String> expansions, List<String> errors) {
    }

    private ScriptRegions() {
    }

    static boolean lineBreak(char c) {
        return LINE_BREAK.matcher(String.valueOf(c)).matches();
    }

    /** PowerShell: '…' (any of the four single quotes; a doubled one is literal), "…" (expands $), # and <# #>. */
    static Lexed powershell(String text) {
        StringBuilder code = new StringBuilder();
        List<String> expansions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (PS_SINGLE_QUOTES.indexOf(c) >= 0) {
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        errors.add("unterminated single-quoted string at " + i);
                        break;
                    }
                    if (PS_SINGLE_QUOTES.indexOf(text.charAt(j)) >= 0) {
                        if (j + 1 < text.length() && PS_SINGLE_QUOTES.indexOf(text.charAt(j + 1)) >= 0) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = j + 1;
                code.append("''");
            } else if (PS_DOUBLE_QUOTES.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < text.length() && PS_DOUBLE_QUOTES.indexOf(text.charAt(j)) < 0) {
                    if (text.charAt(j) == '`') {
                        j++;
                    } else if (text.charAt(j) == '$') {
                        expansions.add(text.substring(j, Math.min(text.length(), j + 20)));
                    }
                    j++;
                }
                i = j + 1;
                code.append("\"\"");
            } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int end = text.indexOf("#>", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (c == '#') {
                i = endOfLine(text, i);
            } else {
                code.append(c);
                i++;
            }
        }
        return new Lexed(code.toString(), expansions, errors);
    }

    /** HCL: "…" with \ escapes, ${ and %{ open a template unless written $${ or %%{; #, // and block comments. */
    static Lexed hcl(String text) {
        StringBuilder code = new StringBuilder();
        List<String> expansions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') {
                    char s = text.charAt(j);
                    if (s == '\\') {
                        j += 2;
                        continue;
                    }
                    if (lineBreak(s)) {
                        errors.add("line break inside a quoted string at " + j);
                    }
                    if ((s == '$' || s == '%') && j + 1 < text.length()) {
                        if (text.charAt(j + 1) == s && j + 2 < text.length() && text.charAt(j + 2) == '{') {
                            j += 3;
                            continue;
                        }
                        if (text.charAt(j + 1) == '{') {
                            expansions.add(text.substring(j, Math.min(text.length(), j + 20)));
                        }
                    }
                    j++;
                }
                i = j + 1;
                code.append("\"\"");
            } else if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                i = endOfLine(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                code.append(c);
                i++;
            }
        }
        return new Lexed(code.toString(), expansions, errors);
    }

    /** Bicep: '…' with \ escapes, ${ interpolates unless written \${; // and block comments. */
    static Lexed bicep(String text) {
        StringBuilder code = new StringBuilder();
        List<String> expansions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("'''", i)) {
                errors.add("multi-line string at " + i);
                int end = text.indexOf("'''", i + 3);
                i = end < 0 ? text.length() : end + 3;
                code.append("''");
            } else if (c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '\'') {
                    char s = text.charAt(j);
                    if (s == '\\') {
                        j += 2;
                        continue;
                    }
                    if (lineBreak(s)) {
                        errors.add("line break inside a string at " + j);
                    }
                    if (s == '$' && j + 1 < text.length() && text.charAt(j + 1) == '{') {
                        expansions.add(text.substring(j, Math.min(text.length(), j + 20)));
                    }
                    j++;
                }
                i = j + 1;
                code.append("''");
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = endOfLine(text, i);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                code.append(c);
                i++;
            }
        }
        return new Lexed(code.toString(), expansions, errors);
    }

    /** Markdown: the text of each line outside inline code spans (single backticks, as the templates write them). */
    static String markdownOutsideCode(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : LINE_BREAK.split(text, -1)) {
            String[] parts = line.split("`", -1);
            for (int k = 0; k < parts.length; k += 2) {
                out.append(parts[k]).append(' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Lines of the text as the most liberal tool would split them. */
    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    private static int endOfLine(String text, int from) {
        int i = from;
        while (i < text.length() && !lineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
