package dev.portcullis.scanner.azure;

import java.time.Duration;

/**
 * Where ARM sessions report their traffic beyond their own counts: the installation's metrics, per tenant. A session
 * keeps its own counts ({@link ArmRequestCounter}, {@link ArmReadPacing}) for its subscription scan's record; this is
 * the running total across every session.
 */
public interface ArmTraffic {

    /** Traffic that goes nowhere (for sessions built without metrics). */
    ArmTraffic NONE = tenantId -> Observer.NONE;

    /** The observer of one tenant's sessions; {@code tenantId} is the tenant's directory id. */
    Observer of(String tenantId);

    /** What one tenant's sessions report, as it happens. */
    interface Observer {

        Observer NONE = new Observer() {
            @Override
            public void sent() {
            }

            @Override
            public void throttled() {
            }

            @Override
            public void paused(Duration wait) {
            }
        };

        /** A request went to ARM (a retry too). */
        void sent();

        /** ARM answered 429. */
        void throttled();

        /** A request waited this long because ARM's remaining reads ran low ({@link ArmReadPacing}). */
        void paused(Duration wait);
    }
}
