package dev.portcullis.api.destinations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies {@link DestinationResource} takes, as the OpenAPI document shows them. The resource reads them by hand
 * (so each bad field gets a problem naming it, and a field the body does not carry is told from one set to null);
 * these records only document their shape.
 */
final class DestinationBodies {

    private static final String URL = "https only, on a host whose every address is public (loopback, private and"
            + " link-local addresses are refused unless the installation sets PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE);"
            + " checked again before every delivery, redirects are not followed. Sealed at rest and never answered:"
            + " answers show scheme and host only";
    private static final String SECRET = "The webhook's signing secret, 16 to 256 characters; leave it out to have one"
            + " generated and answered this once. Sealed, never answered again";
    private static final String EVENTS = "One or more of finding.opened, finding.reopened, finding.resolved,"
            + " scan.failed, subscription.stale";

    private DestinationBodies() {
    }

    @Schema(name = "NewDestination", description = "Where messages go. It belongs to the caller's tenants and acts"
            + " within its creator's current rights")
    record NewDestination(
            @Schema(required = true, maxLength = 100) String name,
            @Schema(required = true, enumeration = {"webhook", "slack", "teams", "email"}) String type,
            @Schema(description = "Required for webhook, slack and teams; absent for email. " + URL, format = "uri")
            String url,
            @Schema(description = "webhook only. " + SECRET, format = "password", minLength = 16, maxLength = 256)
            String secret,
            @Schema(description = "email only: 1 to 50 addresses", format = "email") List<String> to,
            @Schema(required = true, enumeration = {"en", "ja"}) String language,
            @Schema(required = true, enumeration = {"critical", "high", "medium", "low"},
                    description = "Findings below this severity are not told") String minSeverity,
            @Schema(description = "Check ids of the catalogue; none or absent: every check") List<String> checks,
            @Schema(required = true, description = EVENTS) List<String> events) {
    }

    @Schema(name = "DestinationChange", description = "Any subset of the fields (JSON merge semantics: a field left out"
            + " stays, checks: null means every check again). A new url is checked and sealed, a new secret sealed;"
            + " the type cannot change")
    record DestinationChange(
            @Schema(maxLength = 100) String name,
            @Schema(description = "The same type, or leave it out") String type,
            @Schema(description = URL, format = "uri") String url,
            @Schema(description = "webhook only: a new signing secret, 16 to 256 characters", format = "password")
            String secret,
            @Schema(description = "email only", format = "email") List<String> to,
            @Schema(enumeration = {"en", "ja"}) String language,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String minSeverity,
            List<String> checks,
            @Schema(description = EVENTS) List<String> events) {
    }
}
