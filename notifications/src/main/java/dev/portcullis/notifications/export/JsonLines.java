package dev.portcullis.notifications.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines: one JSON value per line, written by the application's {@link ObjectMapper} (so a finding has exactly the
 * shape the API answers) through one generator over the whole stream: no flush per line, and the stream is left open
 * for the caller.
 *
 * @param <T> what one line holds
 */
final class JsonLines<T> {

    private final JsonGenerator generator;
    private final ObjectWriter writer;
    private boolean any;

    JsonLines(Writer out, ObjectMapper mapper) throws IOException {
        this.generator = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .without(SerializationFeature.INDENT_OUTPUT);
    }

    void write(T value) throws IOException {
        writer.writeValue(generator, value);
        any = true;
    }

    /** Ends the last line (if any) and writes out what the generator holds. */
    void finish() throws IOException {
        if (any) {
            generator.writeRaw('\n');
        }
        generator.flush();
    }
}
