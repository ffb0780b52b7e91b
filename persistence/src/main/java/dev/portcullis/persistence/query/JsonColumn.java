package dev.portcullis.persistence.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON column that plain SQL selected as text into a view record, with a reader prepared once: read models
 * that bypass the entities still get typed values, and an unreadable value is an error, never an empty one.
 *
 * @param <T> what the column holds
 */
final class JsonColumn<T> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ObjectReader reader;
    private final String column;

    private JsonColumn(ObjectReader reader, String column) {
        this.reader = reader;
        this.column = column;
    }

    static <E> JsonColumn<List<E>> listOf(Class<E> type, String column) {
        return new JsonColumn<>(JSON.readerForListOf(type), column);
    }

    static JsonColumn<Map<String, String>> stringMap(String column) {
        return new JsonColumn<>(JSON.readerForMapOf(String.class), column);
    }

    static <E> JsonColumn<E> of(Class<E> type, String column) {
        return new JsonColumn<>(JSON.readerFor(type), column);
    }

    /** The value, or null for SQL null. */
    T read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON stored in " + column, e);
        }
    }
}
