package dev.portcullis.web.overview;

import dev.portcullis.persistence.query.FindingQueries;
import dev.portcullis.persistence.query.Page;
import dev.portcullis.persistence.query.SubscriptionView;
import dev.portcullis.persistence.query.TenantQueries;
import dev.portcullis.persistence.query.TenantView;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.TrendQueries;
import dev.portcullis.persistence.query.VmFilter;
import dev.portcullis.persistence.query.VmQueries;
import dev.portcullis.persistence.query.VmSort;
import dev.portcullis.persistence.query.VmView;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Where the estate stands: compliance now and over 30, 90 or 365 days, open findings by severity, what opened and
 * closed this week, the most exposed VMs, subscriptions that need attention, and Defender plan coverage.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    static final List<Integer> RANGES = List.of(30, 90, 365);
    static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    static final int MOST_EXPOSED = 10;
    static final int WEEK = 7;

    private final TenantQueries tenants;
    private final TrendQueries trends;
    private final FindingQueries findings;
    private final VmQueries vms;
    private final Viewer viewer;

    public OverviewPage(TenantQueries tenants, TrendQueries trends, FindingQueries findings, VmQueries vms,
                        Viewer viewer) {
        this.tenants = tenants;
        this.trends = trends;
        this.findings = findings;
        this.vms = vms;
        this.viewer = viewer;
    }

    /** Open findings of one severity. */
    public record SeverityCount(String severity, long count) {
    }

    /** A subscription whose last scan failed or whose data is stale, with its tenant's name. */
    public record Attention(String tenant, SubscriptionView subscription) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(int range, List<Integer> ranges, TrendPoint latest,
                                                List<TrendPoint> points, TrendChart chart,
                                                List<SeverityCount> severities, long newThisWeek,
                                                long resolvedThisWeek, List<VmView> mostExposed,
                                                List<Attention> attention, PlanCoverage plans, boolean empty,
                                                String error);
    }

    @GET
    public Response overview(@QueryParam("range") String range) {
        Integer days = parseRange(range);
        int chosen = days == null ? RANGES.get(0) : days;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<TrendPoint> points = trends.daily(new TrendQueries.TrendFilter(null, null, null),
                today.minusDays(chosen - 1L), today);
        List<TrendPoint> week = points.subList(Math.max(0, points.size() - WEEK), points.size());
        List<TenantView> all = tenants.list();
        Map<String, Long> open = findings.openBySeverity();
        Page<VmView> exposed = vms.list(new VmFilter(null, null, null, null, true, null, VmSort.MOST_EXPOSED), 0,
                MOST_EXPOSED);
        TemplateInstance page = Templates.overview(chosen, RANGES, latestEvaluated(points), points,
                new TrendChart(points.stream().map(p -> new TrendChart.Day(p.date(), p.compliancePercent())).toList()),
                SEVERITIES.stream().map(s -> new SeverityCount(s, open.getOrDefault(s, 0L))).toList(),
                week.stream().mapToLong(TrendPoint::newFindings).sum(),
                week.stream().mapToLong(TrendPoint::resolvedFindings).sum(),
                exposed.items(), attention(all), PlanCoverage.of(all), all.isEmpty(),
                days == null && range != null ? viewer.msg().overview_bad_range(range) : null);
        return viewer.page(page, "overview",
                days == null && range != null ? Response.Status.BAD_REQUEST : Response.Status.OK);
    }

    private static Integer parseRange(String range) {
        if (range == null) {
            return null;
        }
        return RANGES.stream().filter(r -> r.toString().equals(range.trim())).findFirst().orElse(null);
    }

    /** The last day with something evaluated: "compliance now". */
    private static TrendPoint latestEvaluated(List<TrendPoint> points) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).compliancePercent() != null) {
                return points.get(i);
            }
        }
        return null;
    }

    private static List<Attention> attention(List<TenantView> all) {
        return all.stream().flatMap(t -> t.subscriptions().stream()
                        .filter(s -> s.enabled() && (s.stale() || "FAILED".equals(s.lastScanStatus())))
                        .map(s -> new Attention(t.displayName(), s)))
                .toList();
    }
}
