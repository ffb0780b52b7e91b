package dev.portcullis.simulator.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON reader for the simulator's own payloads (pre-rendered resources, a webhook's answer): every node keeps
 * the exact text it was read from ({@link #raw()}), so a resource can be edited by splicing text rather than by
 * rendering it again. Lenient about whitespace, strict about structure; not for untrusted giant inputs.
 */
public final class JsonNode {

    private final String source;
    private final int start;
    private final int end;
    private final Object value;

    private JsonNode(String source, int start, int end, Object value) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.value = value;
    }

    /** @throws IllegalArgumentException when {@code json} is not one JSON value */
    public static JsonNode parse(String json) {
        Reader reader = new Reader(json);
        reader.skipWhitespace();
        JsonNode node = reader.value();
        reader.skipWhitespace();
        if (reader.at != json.length()) {
            throw reader.error("text after the value");
        }
        return node;
    }

    /** The text of this value, exactly as it stands in what was parsed. */
    public String raw() {
        return source.substring(start, end);
    }

    /** Where this value starts in the parsed text. */
    public int start() {
        return start;
    }

    /** Just after where this value ends in the parsed text. */
    public int end() {
        return end;
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    /** A member of an object; empty when this is no object or has no such member. */
    public Optional<JsonNode> get(String name) {
        return isObject() ? Optional.ofNullable(members().get(name)) : Optional.empty();
    }

    /** The member at the end of a path of names, e.g. {@code at("properties", "networkSecurityGroup", "id")}. */
    public Optional<JsonNode> at(String... names) {
        Optional<JsonNode> node = Optional.of(this);
        for (String name : names) {
            node = node.flatMap(found -> found.get(name));
        }
        return node;
    }

    /** The text of a string member at the end of a path of names. */
    public Optional<String> text(String... names) {
        return at(names).filter(node -> node.value instanceof String).map(node -> (String) node.value);
    }

    /** The string this node holds; {@code null} when it is no string. */
    public String text() {
        return value instanceof String text ? text : null;
    }

    /** The number this node holds as a long; {@code null} when it is no number. */
    public Long number() {
        return value instanceof Long number ? number : null;
    }

    /** The elements of an array; empty when this is no array. */
    @SuppressWarnings("unchecked")
    public List<JsonNode> elements() {
        return isArray() ? (List<JsonNode>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonNode> members() {
        return (Map<String, JsonNode>) value;
    }

    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        JsonNode value() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            int begin = at;
            char c = text.charAt(at);
            Object value = switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
            return new JsonNode(text, begin, at, value);
        }

        private Map<String, JsonNode> object() {
            Map<String, JsonNode> members = new LinkedHashMap<>();
            at++;
            skipWhitespace();
            if (peek() == '}') {
                at++;
                return members;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String name = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                members.put(name, value());
                skipWhitespace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return members;
                }
            }
        }

        private List<JsonNode> array() {
            List<JsonNode> elements = new ArrayList<>();
            at++;
            skipWhitespace();
            if (peek() == ']') {
                at++;
                return elements;
            }
            while (true) {
                skipWhitespace();
                elements.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return elements;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private Object number() {
            int begin = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String digits = text.substring(begin, at);
            if (digits.isEmpty()) {
                throw error("unexpected character '" + text.charAt(begin) + "'");
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return Double.parseDouble(digits);
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        void skipWhitespace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("not JSON: " + message + " at " + at);
        }
    }
}
