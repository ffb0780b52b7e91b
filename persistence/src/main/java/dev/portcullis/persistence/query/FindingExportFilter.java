package dev.portcullis.persistence.query;

import java.util.Locale;

/**
 * What an export selects: the findings list's filters and, optionally, one resource (an ARM id, matched
 * case-insensitively); null means "any".
 */
public record FindingExportFilter(FindingFilter list, String resourceId) {

    public FindingExportFilter {
        if (list == null) {
            list = new FindingFilter(null, null, null, null, null);
        }
        resourceId = resourceId == null || resourceId.isBlank() ? null : resourceId.trim();
    }

    public static FindingExportFilter of(FindingFilter list) {
        return new FindingExportFilter(list, null);
    }

    /** The resource's matching key ({@code finding.resource_key}), or null. */
    String resourceKey() {
        return resourceId == null ? null : resourceId.toLowerCase(Locale.ROOT);
    }
}
