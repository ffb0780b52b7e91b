package dev.portcullis.notifications.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.persistence.query.FindingExportRow;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Findings as JSON Lines of OCSF 1.1 Detection Findings ({@link OcsfDetectionFinding}). */
final class OcsfFindingWriter implements FindingRowWriter {

    private final JsonLines<Map<String, Object>> lines;
    private final OcsfDetectionFinding mapping;

    OcsfFindingWriter(Writer out, ObjectMapper mapper, OcsfDetectionFinding mapping) throws IOException {
        this.lines = new JsonLines<>(out, mapper);
        this.mapping = mapping;
    }

    @Override
    public void write(FindingExportRow row) throws IOException {
        lines.write(mapping.of(row));
    }

    @Override
    public void finish() throws IOException {
        lines.finish();
    }
}
