package dev.portcullis.web.overview;

import dev.portcullis.persistence.query.SubscriptionView;
import dev.portcullis.persistence.query.TenantView;
import java.util.List;

/** How many enabled subscriptions run Defender for Servers Plan 2, Plan 1, Free, or are not known yet. */
public record PlanCoverage(long plan2, long plan1, long free, long unknown) {

    public static PlanCoverage of(List<TenantView> tenants) {
        List<SubscriptionView> subs = tenants.stream().flatMap(t -> t.subscriptions().stream())
                .filter(SubscriptionView::enabled).toList();
        long plan2 = subs.stream().filter(s -> "Standard".equals(s.defenderServersTier())
                && "P2".equals(s.defenderServersSubPlan())).count();
        long plan1 = subs.stream().filter(s -> "Standard".equals(s.defenderServersTier())
                && !"P2".equals(s.defenderServersSubPlan())).count();
        long free = subs.stream().filter(s -> "Free".equals(s.defenderServersTier())).count();
        return new PlanCoverage(plan2, plan1, free, subs.size() - plan2 - plan1 - free);
    }

    public long total() {
        return plan2 + plan1 + free + unknown;
    }
}
