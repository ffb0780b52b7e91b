package dev.portcullis.persistence.query;

import java.util.List;
import java.util.UUID;

/** What a scan changed, per subscription, against that subscription's previous successful scan. */
public record ScanDiffView(UUID id, List<SubscriptionDiff> subscriptions) {

    /**
     * @param status          the subscription's status in this scan; a FAILED one changed nothing
     * @param previousScanId  the scan that last collected the subscription successfully before this one, or null
     */
    public record SubscriptionDiff(UUID subscriptionId, String status, UUID previousScanId, List<FindingView> opened,
                                   List<FindingView> resolved, List<FindingView> reopened) {
    }
}
