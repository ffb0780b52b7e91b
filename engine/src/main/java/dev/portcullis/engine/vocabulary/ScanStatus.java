package dev.portcullis.engine.vocabulary;

import java.util.Collection;

/** The state of a scan over one or more subscriptions. */
public enum ScanStatus {
    QUEUED, RUNNING, SUCCEEDED, PARTIAL, FAILED;

    /** SUCCEEDED when every subscription succeeded, FAILED when none did, PARTIAL otherwise. */
    public static ScanStatus of(Collection<SubscriptionScanStatus> subscriptions) {
        long failed = subscriptions.stream().filter(s -> s != SubscriptionScanStatus.SUCCEEDED).count();
        if (failed == 0) {
            return SUCCEEDED;
        }
        return failed == subscriptions.size() ? FAILED : PARTIAL;
    }
}
