package dev.portcullis.scanner.scan;

import dev.portcullis.scanner.connection.TenantConnection;
import java.util.UUID;

/** One subscription to collect, with the connection of its tenant. */
record ScanTarget(UUID subscriptionRef, String subscriptionId, TenantConnection connection) {
}
