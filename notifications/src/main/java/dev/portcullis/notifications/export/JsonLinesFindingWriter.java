package dev.portcullis.notifications.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.persistence.query.FindingExportRow;
import dev.portcullis.persistence.query.FindingView;
import java.io.IOException;
import java.io.Writer;

/** Findings as JSON Lines, each line the {@link FindingView} that {@code GET /api/v1/findings/{id}} answers. */
final class JsonLinesFindingWriter implements FindingRowWriter {

    private final JsonLines<FindingView> lines;

    JsonLinesFindingWriter(Writer out, ObjectMapper mapper) throws IOException {
        this.lines = new JsonLines<>(out, mapper);
    }

    @Override
    public void write(FindingExportRow row) throws IOException {
        lines.write(row.finding());
    }

    @Override
    public void finish() throws IOException {
        lines.finish();
    }
}
