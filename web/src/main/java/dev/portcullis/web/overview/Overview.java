package dev.portcullis.web.overview;

import dev.portcullis.persistence.query.SubscriptionView;
import dev.portcullis.persistence.query.TrendPoint;
import dev.portcullis.persistence.query.VmView;
import java.util.List;

/**
 * What the overview shows for a range of days. {@code latest} is the last day with something evaluated ("compliance
 * now"), null when nothing was.
 */
public record Overview(int range, TrendPoint latest, List<TrendPoint> points, TrendChart chart,
                       List<SeverityCount> severities, long newThisWeek, long resolvedThisWeek,
                       List<VmView> mostExposed, List<Attention> attention, PlanCoverage plans, boolean empty) {

    /** Open findings of one severity. */
    public record SeverityCount(String severity, long count) {
    }

    /** A subscription whose last scan failed or whose data is stale, with its tenant's name. */
    public record Attention(String tenant, SubscriptionView subscription) {
    }
}
