package dev.portcullis.engine.remediation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the object and list literals the remediation writes in HCL ({@code { a = "x", b = [1] }}), Bicep
 * ({@code { a: 'x' \n b: [ 1 ] }}) and PowerShell ({@code @{ a = 'x'; b = @(1) }}) into maps, lists, strings and
 * integers, so that one specification check can judge every format. Only the literal subset the templates use.
 */
final class LiteralReader {

    /** The punctuation of one syntax. */
    enum Syntax {
        HCL("{", "[", "]", '=', '"'), BICEP("{", "[", "]", ':', '\''), POWERSHELL("@{", "@(", ")", '=', '\'');

        final String objectOpen;
        final String listOpen;
        final String listClose;
        final char assign;
        final char quote;

        Syntax(String objectOpen, String listOpen, String listClose, char assign, char quote) {
            this.objectOpen = objectOpen;
            this.listOpen = listOpen;
            this.listClose = listClose;
            this.assign = assign;
            this.quote = quote;
        }
    }

    private final String text;
    private final Syntax syntax;
    private int at;

    private LiteralReader(String text, Syntax syntax, int at) {
        this.text = text;
        this.syntax = syntax;
        this.at = at;
    }

    /** The value that starts at {@code start} in {@code text}. */
    static Object read(String text, Syntax syntax, int start) {
        return new LiteralReader(text, syntax, start).value();
    }

    private Object value() {
        skipSpace();
        if (text.startsWith(syntax.objectOpen, at)) {
            at += syntax.objectOpen.length();
            return object();
        }
        if (text.startsWith(syntax.listOpen, at)) {
            at += syntax.listOpen.length();
            return list();
        }
        char c = text.charAt(at);
        if (c == syntax.quote) {
            return string();
        }
        if (c == '(') {
            return expression();
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-'
                || text.charAt(at) == '$')) {
            at++;
        }
        String word = text.substring(start, at);
        if (word.isEmpty()) {
            throw new IllegalArgumentException("no value at " + start + ": " + around(start));
        }
        return word.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(word) : word;
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSeparators();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            int start = at;
            while (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_') {
                at++;
            }
            String key = text.substring(start, at);
            skipSpace();
            if (key.isEmpty() || text.charAt(at) != syntax.assign) {
                throw new IllegalArgumentException("no key and " + syntax.assign + " at " + start + ": "
                        + around(start));
            }
            at++;
            if (map.put(key, value()) != null) {
                throw new IllegalArgumentException("key " + key + " twice in one object");
            }
        }
    }

    private List<Object> list() {
        List<Object> list = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (text.startsWith(syntax.listClose, at)) {
                at += syntax.listClose.length();
                return list;
            }
            list.add(value());
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            char c = text.charAt(at++);
            if (c == syntax.quote) {
                if (syntax == Syntax.POWERSHELL && at < text.length() && text.charAt(at) == '\'') {
                    out.append('\'');
                    at++;
                    continue;
                }
                return out.toString();
            }
            if (c == '\\' && syntax != Syntax.POWERSHELL) {
                out.append(text.charAt(at++));
                continue;
            }
            out.append(c);
        }
    }

    /** A PowerShell expression such as {@code (Get-Date).AddHours(1)}: kept as its text. */
    private String expression() {
        int start = at;
        int depth = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == ';' || c == '\n' || c == '}' || c == ' ')) {
                break;
            }
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void skipSeparators() {
        while (at < text.length() && " \t\r\n,;".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private String around(int position) {
        return text.substring(Math.max(0, position - 30), Math.min(text.length(), position + 30));
    }
}
