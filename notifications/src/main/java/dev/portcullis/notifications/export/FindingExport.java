package dev.portcullis.notifications.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.persistence.query.FindingExportFilter;
import dev.portcullis.persistence.query.FindingExportQueries;
import dev.portcullis.persistence.query.FindingExportRow;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.annotation.PreDestroy;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streams the findings a caller may see, filtered, to an output stream in one of the export formats: batch after
 * batch of {@value #BATCH} rows, each read in its own short transaction ({@link FindingExportQueries}); the next batch
 * is read while the current one is written, and at most these two are held, so memory stays the same whatever the
 * number of findings. The API ({@code GET /api/v1/findings/export}) and the pages ({@code GET /findings/export.csv})
 * both write through here.
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
    /** Reads each export's next batch while the current one is written. */
    private final ExecutorService reader = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "finding-export-reader");
        thread.setDaemon(true);
        return thread;
    });

    public FindingExport(FindingExportQueries queries, CheckCatalogue catalogue, ObjectMapper mapper,
                         @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
                         String productVersion) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.productVersion = productVersion;
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    /** Writes the export and flushes it; the stream stays open. Answers the number of findings written. */
    public long write(TenantScope scope, FindingExportFilter filter, ExportFormat format, Instant exportedAt,
                      OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        FindingRowWriter rows = rowWriter(format, text, exportedAt);
        rows.begin();
        long written = 0;
        List<FindingExportRow> batch = queries.batchAfter(scope, filter, null, BATCH);
        while (true) {
            // the next batch is read while this one is written: the database and the formatting overlap
            CompletableFuture<List<FindingExportRow>> next = batch.size() < BATCH ? null
                    : CompletableFuture.supplyAsync(nextAfter(scope, filter, batch), reader);
            for (FindingExportRow row : batch) {
                rows.write(row);
            }
            written += batch.size();
            if (next == null) {
                break;
            }
            batch = await(next);
        }
        rows.finish();
        text.flush();
        return written;
    }

    private static List<FindingExportRow> await(CompletableFuture<List<FindingExportRow>> next) {
        try {
            return next.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Supplier<List<FindingExportRow>> nextAfter(TenantScope scope, FindingExportFilter filter,
                                                       List<FindingExportRow> batch) {
        UUID after = batch.get(batch.size() - 1).finding().id();
        return () -> queries.batchAfter(scope, filter, after, BATCH);
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
