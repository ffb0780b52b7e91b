package dev.portcullis.notifications.message;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.notification.DestinationType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the message tests share: a mapper configured as Quarkus configures the application's, the catalogue, links. */
final class Fixtures {

    static final String PUBLIC_URL = "https://portcullis.example.com";

    /** Loaded once: the real catalogue, so titles are the ones people read on the pages. */
    static final CheckCatalogue CATALOGUE = CheckCatalogue.standard();

    private Fixtures() {
    }

    /**
     * As quarkus-jackson's producer makes it: modules found on the class path (java.time among them), dates as ISO
     * text, unknown properties ignored.
     */
    static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static Messages messages() {
        return new Messages(mapper(), CATALOGUE, new PublicLinks(PUBLIC_URL + "/"));
    }

    static JsonNode render(Message message, DestinationType type, String language) {
        return json(messages().render(message, type, language));
    }

    static JsonNode json(String text) {
        try {
            return mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + text, e);
        }
    }

    /** Every object in the tree (the tree itself included) for which {@code test} holds. */
    static List<JsonNode> objects(JsonNode tree, java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> found = new ArrayList<>();
        walk(tree, node -> {
            if (node.isObject() && test.test(node)) {
                found.add(node);
            }
        });
        return found;
    }

    /** Every string value anywhere in the tree. */
    static List<String> strings(JsonNode tree) {
        List<String> found = new ArrayList<>();
        walk(tree, node -> {
            if (node.isTextual()) {
                found.add(node.asText());
            }
        });
        return found;
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        visit.accept(node);
        node.elements().forEachRemaining(child -> walk(child, visit));
    }
}
