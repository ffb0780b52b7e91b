package dev.portcullis.notifications.export;

import dev.portcullis.engine.checks.CheckCatalogue;
import dev.portcullis.engine.checks.CheckDefinition;
import dev.portcullis.engine.inventory.ArmIds;
import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.query.FindingExportRow;
import dev.portcullis.persistence.query.FindingView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finding as an OCSF 1.1 Detection Finding (class 2004, category 2 Findings), the mapping
 * {@code docs/integrations.md#exports} tables. One object per finding describes its state at the export:
 * OPEN is activity 1 Create with status 1 New, SUPPRESSED is 2 Update with 3 Suppressed, RESOLVED is 3 Close with
 * 4 Resolved. Times are epoch milliseconds; {@code time} is the export's. Attributes without a value are left out.
 */
final class OcsfDetectionFinding {

    static final String SCHEMA_VERSION = "1.1.0";
    static final int CLASS_UID = 2004;
    static final int CATEGORY_UID = 2;
    static final String PRODUCT = "Portcullis";

    private final CheckCatalogue catalogue;
    private final String productVersion;
    private final long exportedAt;

    OcsfDetectionFinding(CheckCatalogue catalogue, String productVersion, Instant exportedAt) {
        this.catalogue = catalogue;
        this.productVersion = productVersion;
        this.exportedAt = exportedAt.toEpochMilli();
    }

    Map<String, Object> of(FindingExportRow row) {
        FindingView f = row.finding();
        Optional<CheckDefinition> check = catalogue.definition(f.checkId());
        String title = check.map(CheckDefinition::title).orElse(f.checkId());
        Lifecycle lifecycle = Lifecycle.of(FindingStatus.valueOf(f.status()));
        Level level = Level.of(Severity.valueOf(f.severity()));

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("activity_id", lifecycle.activityId);
        event.put("activity_name", lifecycle.activityName);
        event.put("category_uid", CATEGORY_UID);
        event.put("category_name", "Findings");
        event.put("class_uid", CLASS_UID);
        event.put("class_name", "Detection Finding");
        event.put("type_uid", CLASS_UID * 100L + lifecycle.activityId);
        event.put("type_name", "Detection Finding: " + lifecycle.activityName);
        event.put("time", exportedAt);
        event.put("severity_id", level.id);
        event.put("severity", level.caption);
        event.put("status_id", lifecycle.statusId);
        event.put("status", lifecycle.statusName);
        event.put("message", title);
        event.put("finding_info", findingInfo(f, title, check));
        event.put("resources", List.of(resource(f, row.region())));
        event.put("cloud", cloud(row));
        check.map(CheckDefinition::description).ifPresent(d -> event.put("remediation", Map.of("desc", d)));
        event.put("metadata", metadata());
        event.put("unmapped", unmapped(row));
        return event;
    }

    private static Map<String, Object> findingInfo(FindingView f, String title, Optional<CheckDefinition> check) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uid", f.id().toString());
        info.put("title", title);
        putIfPresent(info, "desc", f.detail() != null && !f.detail().isBlank() ? f.detail()
                : check.map(CheckDefinition::description).orElse(null));
        info.put("types", List.of(f.checkId()));
        info.put("first_seen_time", f.firstSeenAt().toEpochMilli());
        info.put("last_seen_time", f.lastSeenAt().toEpochMilli());
        return info;
    }

    private static Map<String, Object> resource(FindingView f, String region) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("uid", f.resourceId());
        resource.put("name", f.resourceName());
        resource.put("type", ArmIds.resourceType(f.resourceId()));
        putIfPresent(resource, "region", region);
        String group = ArmIds.resourceGroupOf(f.resourceId());
        if (!group.isEmpty()) {
            resource.put("group", Map.of("name", group));
        }
        return resource;
    }

    private static Map<String, Object> cloud(FindingExportRow row) {
        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("provider", "Azure");
        Map<String, Object> account = new LinkedHashMap<>();
        putIfPresent(account, "uid", row.finding().subscriptionId() == null ? null
                : row.finding().subscriptionId().toString());
        putIfPresent(account, "name", row.subscriptionName());
        if (!account.isEmpty()) {
            cloud.put("account", account);
        }
        putIfPresent(cloud, "region", row.region());
        return cloud;
    }

    private Map<String, Object> metadata() {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", PRODUCT);
        product.put("vendor_name", PRODUCT);
        product.put("version", productVersion);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("version", SCHEMA_VERSION);
        metadata.put("product", product);
        metadata.put("profiles", List.of("cloud"));
        return metadata;
    }

    /** What Portcullis knows that OCSF 1.1 has no attribute for. */
    private static Map<String, Object> unmapped(FindingExportRow row) {
        FindingView f = row.finding();
        Map<String, Object> unmapped = new LinkedHashMap<>();
        unmapped.put("check_id", f.checkId());
        putIfPresent(unmapped, "tenant_id", row.tenantId() == null ? null : row.tenantId().toString());
        unmapped.put("reopen_count", f.reopenCount());
        putIfPresent(unmapped, "resolved_time", f.resolvedAt() == null ? null : f.resolvedAt().toEpochMilli());
        unmapped.put("stale", f.stale());
        return unmapped;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A finding's status as OCSF's activity (Detection Finding: 1 Create, 2 Update, 3 Close) and status_id. */
    private enum Lifecycle {
        OPEN(1, "Create", 1, "New"),
        SUPPRESSED(2, "Update", 3, "Suppressed"),
        RESOLVED(3, "Close", 4, "Resolved");

        final int activityId;
        final String activityName;
        final int statusId;
        final String statusName;

        Lifecycle(int activityId, String activityName, int statusId, String statusName) {
            this.activityId = activityId;
            this.activityName = activityName;
            this.statusId = statusId;
            this.statusName = statusName;
        }

        static Lifecycle of(FindingStatus status) {
            return switch (status) {
                case OPEN -> OPEN;
                case SUPPRESSED -> SUPPRESSED;
                case RESOLVED -> RESOLVED;
            };
        }
    }

    /** A severity as OCSF's severity_id (5 Critical, 4 High, 3 Medium, 2 Low) and its caption. */
    private enum Level {
        CRITICAL(5, "Critical"), HIGH(4, "High"), MEDIUM(3, "Medium"), LOW(2, "Low");

        final int id;
        final String caption;

        Level(int id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        static Level of(Severity severity) {
            return switch (severity) {
                case CRITICAL -> CRITICAL;
                case HIGH -> HIGH;
                case MEDIUM -> MEDIUM;
                case LOW -> LOW;
            };
        }
    }
}
