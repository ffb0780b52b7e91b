package dev.portcullis.notifications.export;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.persistence.query.FindingExportRow;
import dev.portcullis.persistence.query.FindingView;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Findings as CSV: a header row, then one row per finding; times in ISO-8601 (UTC), lines ending CRLF. */
final class CsvFindingWriter implements FindingRowWriter {

    static final List<String> HEADER = List.of("id", "check id", "check title", "severity", "status",
            "subscription id", "subscription name", "tenant id", "resource id", "resource name", "detail",
            "first seen", "last seen", "resolved at", "reopen count");

    private final Writer out;
    private final CheckCatalogue catalogue;

    CsvFindingWriter(Writer out, CheckCatalogue catalogue) {
        this.out = out;
        this.catalogue = catalogue;
    }

    @Override
    public void begin() throws IOException {
        line(HEADER);
    }

    @Override
    public void write(FindingExportRow row) throws IOException {
        FindingView f = row.finding();
        line(List.of(f.id().toString(), f.checkId(),
                catalogue.definition(f.checkId()).map(CheckDefinition::title).orElse(""), f.severity(), f.status(),
                Objects.toString(f.subscriptionId(), ""), Objects.toString(row.subscriptionName(), ""),
                Objects.toString(row.tenantId(), ""), f.resourceId(), f.resourceName(),
                Objects.toString(f.detail(), ""), time(f.firstSeenAt()), time(f.lastSeenAt()),
                time(f.resolvedAt()), Integer.toString(f.reopenCount())));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
