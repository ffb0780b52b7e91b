package dev.portcullis.notifications.message;

import dev.portcullis.engine.notification.EventType;
import dev.portcullis.persistence.query.FindingView;
import java.time.Instant;
import java.util.UUID;

/** Test data: {@code aNotice().reopened().onVm("vm-web-01").build()} rather than thirteen constructor arguments. */
final class NoticeBuilder {

    static final UUID TENANT_REF = UUID.fromString("7a1f0c2e-0000-4000-8000-000000000001");
    static final UUID ENTRA_TENANT = UUID.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    static final String SUBSCRIPTION = "00000000-1111-2222-3333-444444444444";
    static final UUID SUBSCRIPTION_REF = UUID.fromString("5b1f0c2e-0000-4000-8000-000000000002");
    static final UUID SCAN = UUID.fromString("9c1f0c2e-0000-4000-8000-000000000003");
    static final Instant AT = Instant.parse("2026-11-30T02:28:00Z");

    private UUID eventId = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    private EventType type = EventType.FINDING_OPENED;
    private String tenantName = "Contoso";
    private String subscriptionId = SUBSCRIPTION;
    private String subscriptionName = "Contoso Production";
    private UUID findingId = UUID.fromString("f0000000-0000-4000-8000-000000000001");
    private String checkId = "vm_management_port_internet_exposed";
    private String severity = "CRITICAL";
    private String resourceName = "vm-web-01";
    private String resourceId;
    private String findingDetail = "Reachable from the internet: SSH (22) via NIC NSG rule allow-ssh from *.";
    private String detail;
    private String scanStatus = "SUCCEEDED";
    private boolean withScan = true;
    private boolean withView = true;

    static NoticeBuilder aNotice() {
        return new NoticeBuilder();
    }

    NoticeBuilder id(UUID id) {
        this.eventId = id;
        return this;
    }

    NoticeBuilder opened() {
        return type(EventType.FINDING_OPENED);
    }

    NoticeBuilder reopened() {
        return type(EventType.FINDING_REOPENED);
    }

    NoticeBuilder resolved() {
        return type(EventType.FINDING_RESOLVED);
    }

    NoticeBuilder scanFailed(String detail) {
        this.type = EventType.SCAN_FAILED;
        this.subscriptionId = null;
        this.subscriptionName = null;
        this.findingId = null;
        this.detail = detail;
        this.scanStatus = "PARTIAL";
        return this;
    }

    NoticeBuilder subscriptionStale(String error) {
        this.type = EventType.SUBSCRIPTION_STALE;
        this.findingId = null;
        this.detail = error;
        this.scanStatus = "PARTIAL";
        return this;
    }

    NoticeBuilder type(EventType type) {
        this.type = type;
        return this;
    }

    NoticeBuilder onVm(String name) {
        this.resourceName = name;
        this.resourceId = null;
        return this;
    }

    NoticeBuilder onResource(String armId, String name) {
        this.resourceId = armId;
        this.resourceName = name;
        return this;
    }

    NoticeBuilder check(String checkId, String severity) {
        this.checkId = checkId;
        this.severity = severity;
        return this;
    }

    NoticeBuilder severity(String severity) {
        this.severity = severity;
        return this;
    }

    NoticeBuilder findingId(UUID id) {
        this.findingId = id;
        return this;
    }

    NoticeBuilder detail(String findingDetail) {
        this.findingDetail = findingDetail;
        return this;
    }

    NoticeBuilder tenantName(String name) {
        this.tenantName = name;
        return this;
    }

    NoticeBuilder subscriptionName(String name) {
        this.subscriptionName = name;
        return this;
    }

    NoticeBuilder withoutScan() {
        this.withScan = false;
        return this;
    }

    /** The finding was deleted before the message went: the API has no view of it. */
    NoticeBuilder withoutView() {
        this.withView = false;
        return this;
    }

    String resourceId() {
        return resourceId != null ? resourceId : "/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/" + resourceName;
    }

    Notice build() {
        Notice.NoticeFinding finding = null;
        FindingView view = null;
        if (type.aboutAFinding()) {
            finding = new Notice.NoticeFinding(findingId, checkId, severity, resourceId(), resourceName, findingDetail);
            if (withView) {
                view = new FindingView(findingId, checkId, resourceId(), resourceName, SUBSCRIPTION_REF,
                        subscriptionName, severity,
                        type == EventType.FINDING_RESOLVED ? "RESOLVED" : "OPEN", AT.minusSeconds(86_400), AT,
                        type == EventType.FINDING_RESOLVED ? AT : null,
                        type == EventType.FINDING_REOPENED ? 1 : 0, findingDetail, false);
            }
        }
        return new Notice(eventId, type, AT, new Notice.NoticeTenant(TENANT_REF, ENTRA_TENANT, tenantName),
                subscriptionId, subscriptionName, finding, view,
                withScan ? new Notice.NoticeScan(SCAN, scanStatus) : null, detail);
    }
}
