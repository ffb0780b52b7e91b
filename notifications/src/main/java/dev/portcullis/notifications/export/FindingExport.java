package dev.portcullis.notifications.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.persistence.query.FindingExportFilter;
import dev.portcullis.persistence.query.FindingExportQueries;
import dev.portcullis.persistence.query.FindingExportRow;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams the findings a caller may see, filtered, to an output stream in one of the export formats: batch after
 * batch of {@value #BATCH} rows, each read in its own short transaction ({@link FindingExportQueries}) and written
 * out before the next is read, so memory stays the same whatever the number of findings. The API
 * ({@code GET /api/v1/findings/export}) and the pages ({@code GET /findings/export.csv}) both write through here.
 *
 * <p>Call it outside any transaction: the reads are meant to be short and separate.
 */
@ApplicationScoped
public class FindingExport {

    static final int BATCH = 1000;
    private static final int BUFFER = 64 * 1024;

    private final FindingExportQueries queries;
    private final CheckCatalogue catalogue;
    private final ObjectMapper mapper;
    private final String productVersion;

    public FindingExport(FindingExportQueries queries, CheckCatalogue catalogue, ObjectMapper mapper,
                         @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
                         String productVersion) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.productVersion = productVersion;
    }

    /** Writes the export and flushes it; the stream stays open. Answers the number of findings written. */
    public long write(TenantScope scope, FindingExportFilter filter, ExportFormat format, Instant exportedAt,
                      OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        FindingRowWriter rows = rowWriter(format, text, exportedAt);
        rows.begin();
        long written = 0;
        UUID after = null;
        List<FindingExportRow> batch;
        do {
            batch = queries.batchAfter(scope, filter, after, BATCH);
            for (FindingExportRow row : batch) {
                rows.write(row);
            }
            written += batch.size();
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).finding().id();
            }
        } while (batch.size() == BATCH);
        rows.finish();
        text.flush();
        return written;
    }

    private FindingRowWriter rowWriter(ExportFormat format, Writer text, Instant exportedAt) throws IOException {
        return switch (format) {
            case CSV -> new CsvFindingWriter(text, catalogue);
            case JSONL -> new JsonLinesFindingWriter(text, mapper);
            case OCSF -> new OcsfFindingWriter(text, mapper,
                    new OcsfDetectionFinding(catalogue, productVersion, exportedAt));
        };
    }
}
