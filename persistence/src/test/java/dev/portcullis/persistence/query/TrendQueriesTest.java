package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.query.TrendQueries.TrendFilter;
import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trends read each day's changes by name, from the per-day totals (sums of bigint: numeric) and from the rollups (sums
 * of integer: bigint) alike: every count lands in its own field, with different numbers in each so a swap shows.
 */
@QuarkusTest
class TrendQueriesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 5);

    /** Check A scanned before the window and on its third day, check B on its first day; no scan on the others. */
    private static final List<TrendPoint> EXPECTED = List.of(
            TrendPoint.of(FROM, 15, 3, 1, 2, 9, 8, false),
            TrendPoint.of(FROM.plusDays(1), 15, 3, 1, 2, 0, 0, true),
            TrendPoint.of(FROM.plusDays(2), 16, 4, 3, 1, 1, 2, false),
            TrendPoint.of(FROM.plusDays(3), 16, 4, 3, 1, 0, 0, true));

    @Inject
    TestEstate estate;

    @Inject
    TrendQueries trends;

    private UUID tenantRef;
    private UUID subscriptionId;

    @BeforeEach
    void seed() {
        estate.reset();
        RowBuilder tenant = estate.tenant("Contoso").insert();
        RowBuilder subscription = estate.subscription(tenant.get("id"), "Production").insert();
        tenantRef = tenant.get("id");
        subscriptionId = subscription.get("subscription_id");
        UUID ref = subscription.get("id");
        estate.rollup(ref, "check_a", FROM.minusDays(1)).set("passed", 5).set("failed", 3).set("not_applicable", 1)
                .set("suppressed", 2).set("new_findings", 7).set("resolved_findings", 4).insert();
        estate.rollup(ref, "check_b", FROM).set("passed", 10).set("new_findings", 9).set("resolved_findings", 8)
                .insert();
        estate.rollup(ref, "check_a", FROM.plusDays(2)).set("passed", 6).set("failed", 4).set("not_applicable", 3)
                .set("suppressed", 1).set("new_findings", 1).set("resolved_findings", 2).insert();
    }

    @Test
    void theTrendOfEveryTenantReadsEachCountOfTheOverallTotals() {
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(null, null, null), FROM, TO))
                .isEqualTo(EXPECTED);
    }

    @Test
    void theTrendOfOneTenantReadsEachCountOfItsTotals() {
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(tenantRef, null, null), FROM, TO))
                .isEqualTo(EXPECTED);
        assertThat(trends.daily(TenantScope.of(Set.of(tenantRef)), new TrendFilter(null, null, null), FROM, TO))
                .isEqualTo(EXPECTED);
    }

    @Test
    void theTrendOfOneSubscriptionReadsEachCountOfItsRollups() {
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(null, subscriptionId, null), FROM, TO))
                .isEqualTo(EXPECTED);
    }

    @Test
    void theTrendOfOneCheckStartsOnItsFirstDayAndCarriesItsLastRow() {
        assertThat(trends.daily(TenantScope.ALL, new TrendFilter(null, null, "check_b"), FROM, TO)).containsExactly(
                TrendPoint.of(FROM, 10, 0, 0, 0, 9, 8, false),
                TrendPoint.of(FROM.plusDays(1), 10, 0, 0, 0, 0, 0, true),
                TrendPoint.of(FROM.plusDays(2), 10, 0, 0, 0, 0, 0, true),
                TrendPoint.of(FROM.plusDays(3), 10, 0, 0, 0, 0, 0, true));
    }

    @Test
    void theTrendOfATenantOutsideTheCallersIsEmpty() {
        assertThat(trends.daily(TenantScope.of(Set.of(UUID.randomUUID())), new TrendFilter(null, null, null), FROM,
                TO)).isEmpty();
    }
}
