package dev.portcullis.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;

/**
 * Reads request bodies by hand, so a malformed body or field gets a problem that names it instead of a
 * framework message.
 */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** The body as a JSON object; blank means {}. */
    public static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.badField(null, "The request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badField(null, "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** A string field, or null when absent; anything else than a string is an error naming the field. */
    public static String text(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.badField(path, path + " must be a string");
        }
        return value.asText();
    }

    /** An object field, or an empty object when absent. */
    public static JsonNode child(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return JSON.createObjectNode();
        }
        if (!value.isObject()) {
            throw ProblemException.badField(path, path + " must be an object");
        }
        return value;
    }

    /** A GUID-valued string, or null when blank. */
    public static UUID guid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, field + " must be a GUID");
        }
    }
}
