package dev.portcullis.scanner.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of ARM JSON that may be missing, null or of another type, for the mappers that read payloads as JSON
 * trees (JIT policies, pricings, load balancers, firewalls, scale sets): absent is null, never a guess.
 */
final class ArmJson {

    private ArmJson() {
    }

    /** A scalar field as text; null when absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The {@code id} of a reference object ({@code {"id": "…"}}); null when absent. */
    static String id(JsonNode reference) {
        return text(reference, "id");
    }

    /** The ids of a list of reference objects, those without one left out. */
    static List<String> ids(JsonNode references) {
        List<String> ids = new ArrayList<>();
        references.forEach(reference -> {
            String id = id(reference);
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        });
        return ids;
    }
}
