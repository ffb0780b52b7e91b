package dev.portcullis.simulator.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small streaming JSON writer over a {@link StringBuilder}. It tracks commas per nesting level,
 * so callers only say what to write. Pre-rendered JSON can be spliced in with {@link #rawValue}.
 */
public final class JsonWriter {

    private final StringBuilder out;
    private boolean[] hasElement = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter() {
        this(new StringBuilder(4096));
    }

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    /** Renders one JSON object with the given body. */
    public static String object(Consumer<JsonWriter> body) {
        JsonWriter writer = new JsonWriter();
        writer.beginObject();
        body.accept(writer);
        writer.endObject();
        return writer.toString();
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        push();
        return this;
    }

    public JsonWriter endObject() {
        pop();
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        push();
        return this;
    }

    public JsonWriter endArray() {
        pop();
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        if (afterName) {
            throw new IllegalStateException("two names in a row: " + name);
        }
        if (hasElement[depth]) {
            out.append(',');
        }
        hasElement[depth] = true;
        appendQuoted(out, name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            appendQuoted(out, value);
        }
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** Splices in text that is already valid JSON (a pre-rendered resource). */
    public JsonWriter rawValue(String json) {
        beforeValue();
        out.append(json);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** Writes the field only when the value is not null: ARM omits absent properties. */
    public JsonWriter optionalField(String name, String value) {
        return value == null ? this : field(name, value);
    }

    public JsonWriter object(String name, Consumer<JsonWriter> body) {
        name(name).beginObject();
        body.accept(this);
        return endObject();
    }

    public JsonWriter array(String name, Consumer<JsonWriter> items) {
        name(name).beginArray();
        items.accept(this);
        return endArray();
    }

    public JsonWriter stringArray(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /** {@code "name": {"id": "..."}}, ARM's shape for a reference to another resource. */
    public JsonWriter idReference(String name, String id) {
        return object(name, ref -> ref.field("id", id));
    }

    public JsonWriter idReferences(String name, List<String> ids) {
        return array(name, array -> ids.forEach(id -> array.beginObject().field("id", id).endObject()));
    }

    public JsonWriter stringMap(String name, Map<String, String> values) {
        return object(name, map -> values.forEach(map::field));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Appends {@code value} as a JSON string literal, escaping quotes, backslashes and control characters. */
    public static void appendQuoted(StringBuilder out, String value) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(value, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (plainFrom == 0) {
            out.append(value);
        } else {
            out.append(value, plainFrom, value.length());
        }
        out.append('"');
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0 && hasElement[depth]) {
            out.append(',');
        }
        hasElement[depth] = true;
    }

    private void push() {
        depth++;
        if (depth == hasElement.length) {
            hasElement = Arrays.copyOf(hasElement, depth * 2);
        }
        hasElement[depth] = false;
    }

    private void pop() {
        if (depth == 0 || afterName) {
            throw new IllegalStateException("unbalanced JSON at: " + out);
        }
        depth--;
    }
}
