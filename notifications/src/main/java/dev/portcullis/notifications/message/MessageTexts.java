package dev.portcullis.notifications.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words of human-readable messages in one language, from {@code messages/notifications_<lang>.properties} (UTF-8,
 * like the pages' message bundles). Parameters are written {@code {name}}, as in the pages' bundles. English is used
 * for any language other than {@code ja}.
 */
final class MessageTexts {

    static final Set<String> LANGUAGES = Set.of("en", "ja");

    private static final MessageTexts ENGLISH = load("en");
    private static final MessageTexts JAPANESE = load("ja");

    private final String language;
    private final Properties texts;

    private MessageTexts(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static MessageTexts of(String language) {
        return "ja".equals(language) ? JAPANESE : ENGLISH;
    }

    /** {@code en} or {@code ja}: the language these texts are in. */
    String language() {
        return language;
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    /** The text of a key with its {@code {name}} parameters replaced, given as name, value, name, value… */
    String get(String key, String... parameters) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " in notifications_" + language + ".properties");
        }
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come in name, value pairs");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1] == null ? "" : parameters[i + 1]);
        }
        // one pass over the template: a value that itself holds "{name}" is never expanded again
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for {" + name + "} in " + key);
            }
            out.append(text, from, open).append(values.get(name));
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static MessageTexts load(String language) {
        String name = "messages/notifications_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = MessageTexts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return new MessageTexts(language, texts);
    }
}
