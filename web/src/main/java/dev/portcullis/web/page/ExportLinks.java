package dev.portcullis.web.page;

import java.util.Map;

/** Links to the CSV export of findings ({@code web.findings.FindingExportPage}) that keep a page's filters. */
public final class ExportLinks {

    /** Where the pages' CSV export of findings answers. */
    public static final String FINDINGS_CSV = "/findings/export.csv";

    private ExportLinks() {
    }

    /** The export with these filters as query parameters (blank ones left out). */
    public static String findingsCsv(Map<String, String> filters) {
        return Pager.link(FINDINGS_CSV, filters, 1);
    }
}
