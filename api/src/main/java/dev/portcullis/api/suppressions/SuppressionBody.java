package dev.portcullis.api.suppressions;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/suppressions} as the OpenAPI document shows it. {@link SuppressionResource} reads
 * the body by hand (so each bad field gets a problem naming it); this record only documents its shape.
 */
@Schema(name = "NewSuppression", description = "Exactly one of resourceId (with checkId), resourceGroup (with"
        + " subscriptionId) or tag; a tag suppression applies in every tenant and needs access to all of them")
record SuppressionBody(
        @Schema(description = "A check of the catalogue; required with resourceId, else any check") String checkId,
        @Schema(description = "An ARM resource id (/subscriptions/…)") String resourceId,
        @Schema(format = "uuid") String subscriptionId,
        String resourceGroup,
        @Schema(description = "key=value") String tag,
        @Schema(required = true, maxLength = 1000, description = "Why the risk is accepted") String reason,
        @Schema(description = "In the future; none means until deleted") Instant expiresAt) {
}
