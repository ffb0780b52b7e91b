package dev.portcullis.api.scans;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/scans} as the OpenAPI document shows it. {@link ScanResource} reads the body by hand
 * (so each bad field gets a problem naming it); this record only documents its shape.
 */
@Schema(name = "ScanRequest", description = "{} scans every tenant (needs access to every tenant); give tenant or"
        + " subscriptionId, not both, to scan less")
record ScanRequestBody(
        @Schema(description = "A tenant: its Portcullis id or its Entra tenant id", format = "uuid") String tenant,
        @Schema(description = "One subscription", format = "uuid") String subscriptionId,
        @Schema(description = "Back-dates the scan (within 400 days); accepted only where back-dated scans are"
                + " enabled (the demo)") Instant asOf) {
}
