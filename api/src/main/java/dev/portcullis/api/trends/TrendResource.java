package dev.portcullis.api.trends;

import dev.portcullis.api.problem.JsonBodies;
import dev.portcullis.api.problem.ProblemException;
import dev.portcullis.api.problem.QueryParams;
import dev.portcullis.persistence.access.CurrentCaller;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantScope;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.TrendQueries;
import dev.portcullis.engine.checks.CheckCatalogue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Compliance over time from the daily rollups, by day or week, with days without a scan carried forward. */
@Path("/api/v1/trends")
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3 * 366;

    private final TrendQueries trends;
    private final TenantQueries tenants;
    private final CheckCatalogue catalogue;
    private final CurrentCaller caller;
    private final Clock clock = Clock.systemUTC();

    public TrendResource(TrendQueries trends, TenantQueries tenants, CheckCatalogue catalogue, CurrentCaller caller) {
        this.trends = trends;
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    public Points get(@QueryParam("tenant") String tenant, @QueryParam("subscriptionId") String subscriptionId,
                      @QueryParam("checkId") String checkId, @QueryParam("from") String from,
                      @QueryParam("to") String to, @QueryParam("granularity") String granularity) {
        if (checkId != null && !checkId.isBlank() && catalogue.definition(checkId).isEmpty()) {
            throw ProblemException.badField("checkId", "checkId " + checkId + " is not in the catalogue");
        }
        LocalDate end = date(to, "to", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1L));
        if (start.isAfter(end)) {
            throw ProblemException.badField("from", "from (" + start + ") is after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ProblemException.badField("from", "the range may span at most " + MAX_DAYS + " days");
        }
        TenantScope scope = caller.get().scope();
        TrendQueries.TrendFilter filter = new TrendQueries.TrendFilter(QueryParams.tenant(tenants, scope, tenant, "tenant"),
                JsonBodies.guid(subscriptionId, "subscriptionId"),
                checkId == null || checkId.isBlank() ? null : checkId);
        String unit = granularity == null || granularity.isBlank() ? "day" : granularity.trim();
        return switch (unit) {
            case "day" -> new Points(trends.daily(scope, filter, start, end));
            case "week" -> new Points(trends.weekly(scope, filter, start, end));
            default -> throw ProblemException.badField("granularity", "granularity must be day or week");
        };
    }

    private static LocalDate date(String value, String field, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                throw ProblemException.badField(field, field + " must be a date between 2000 and 2999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field, field + " must be a date like 2026-11-28");
        }
    }

    /** The answer: {@code {"points": [...]}}. */
    public record Points(List<TrendPoint> points) {
    }
}
