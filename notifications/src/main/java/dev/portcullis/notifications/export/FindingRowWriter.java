package dev.portcullis.notifications.export;

import dev.portcullis.persistence.query.FindingExportRow;
import java.io.IOException;

/** Writes the findings of one export, in one format, row by row as they are read. */
interface FindingRowWriter {

    /** What comes before the first row (a CSV header); nothing by default. */
    default void begin() throws IOException {
    }

    void write(FindingExportRow row) throws IOException;

    /** Writes out whatever the writer still holds; the stream stays open. */
    void finish() throws IOException;
}
