package dev.portcullis.scanner.scan;

import java.util.UUID;

/** Which subscriptions a scan covers: all enabled ones, one tenant's, or one subscription. */
public record ScanScope(UUID tenantRef, UUID subscriptionRef) {

    public static ScanScope all() {
        return new ScanScope(null, null);
    }

    public static ScanScope tenant(UUID tenantRef) {
        return new ScanScope(tenantRef, null);
    }

    public static ScanScope subscription(UUID subscriptionRef) {
        return new ScanScope(null, subscriptionRef);
    }
}
