package dev.portcullis.api.metrics;

import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.MetricsQueries;
import dev.portcullis.persistence.query.RemediationMetrics;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Remediation metrics: mean and median time to resolve by severity, and open findings by age. */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final Duration MAX_WINDOW = Duration.ofDays(3 * 366);

    private final MetricsQueries metrics;
    private final TenantQueries tenants;
    private final CurrentCaller caller;

    public MetricsResource(MetricsQueries metrics, TenantQueries tenants, CurrentCaller caller) {
        this.metrics = metrics;
        this.tenants = tenants;
        this.caller = caller;
    }

    @GET
    @Path("remediation")
    public RemediationMetrics remediation(@QueryParam("tenant") String tenant,
                                          @QueryParam("subscriptionId") String subscriptionId,
                                          @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = instant(to, "to", Instant.now(), true);
        Instant start = instant(from, "from", end.minus(DEFAULT_WINDOW), false);
        if (start.isAfter(end)) {
            throw ProblemException.badField("from", "from is after to");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badField("from", "the window may span at most " + MAX_WINDOW.toDays() + " days");
        }
        TenantScope scope = caller.get().scope();
        return metrics.remediation(scope, QueryParams.tenant(tenants, scope, tenant, "tenant"),
                JsonBodies.guid(subscriptionId, "subscriptionId"), start, end);
    }

    /** A date (whole day, UTC) or an instant. */
    private static Instant instant(String value, String field, Instant fallback, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .minusMillis(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be a date (2026-11-28) or an instant");
        }
    }
}
