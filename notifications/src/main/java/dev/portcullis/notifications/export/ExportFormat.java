package dev.portcullis.notifications.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The forms an export of findings takes: its name on the wire, its media type and its file name's ending. */
public enum ExportFormat {

    /** A spreadsheet: one header row, one row per finding (RFC 4180, formula cells defused). */
    CSV("csv", "text/csv; charset=utf-8", ".csv"),
    /** One finding per line, as {@code GET /api/v1/findings/{id}} answers it. */
    JSONL("jsonl", "application/x-ndjson", ".jsonl"),
    /** One OCSF 1.1 Detection Finding (class 2004) per line, for SIEMs. */
    OCSF("ocsf", "application/x-ndjson", ".ocsf.jsonl");

    private final String wireName;
    private final String mediaType;
    private final String suffix;

    ExportFormat(String wireName, String mediaType, String suffix) {
        this.wireName = wireName;
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String wireName() {
        return wireName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code portcullis-findings-2026-11-30.csv}: the export's day (UTC) and this format's ending. */
    public String fileName(Instant exportedAt) {
        return "portcullis-findings-" + exportedAt.atZone(ZoneOffset.UTC).toLocalDate() + suffix;
    }

    /** The format of that wire name (exactly as written, lower case); empty for anything else. */
    public static Optional<ExportFormat> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ExportFormat::wireName).toList();
    }
}
