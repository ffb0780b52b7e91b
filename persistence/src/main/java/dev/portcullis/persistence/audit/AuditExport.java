package dev.portcullis.persistence.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.persistence.audit.AuditQueries.AuditFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes the audit log, newest first, as CSV (RFC 4180, UTF-8) or as one JSON array, batch by batch. */
@ApplicationScoped
public class AuditExport {

    static final String CSV_HEADER = "id,at,actor,action,outcome,target,detail,source_address";

    private final AuditQueries queries;
    private final ObjectMapper mapper;

    public AuditExport(AuditQueries queries, ObjectMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    public void csv(AuditFilter filter, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(CSV_HEADER + "\r\n");
        queries.forEach(filter, e -> {
            try {
                writer.write(String.join(",", String.valueOf(e.id()), e.at().toString(), csv(e.actor()),
                        csv(e.action()), csv(e.outcome()), csv(e.target()), csv(e.detail()), csv(e.sourceAddress())));
                writer.write("\r\n");
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        writer.flush();
    }

    public void json(AuditFilter filter, OutputStream out) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.writeStartArray();
        queries.forEach(filter, e -> {
            try {
                mapper.writeValue(json, e);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        json.writeEndArray();
        json.flush();
    }

    /**
     * A CSV field, quoted when needed; a leading {@code = + - @}, tab or carriage return is prefixed with {@code '}
     * so that a spreadsheet does not run a user name or reason as a formula.
     */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
