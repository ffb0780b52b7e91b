package dev.portcullis.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.persistence.testing.TestEstate;
import dev.portcullis.persistence.testing.TestEstate.RowBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenants with their subscriptions' names and latest scans, each read under its own name. */
@QuarkusTest
class TenantQueriesTest {

    @Inject
    TestEstate estate;

    @Inject
    TenantQueries tenants;

    @BeforeEach
    void reset() {
        estate.reset();
    }

    @Test
    void theDirectoryNamesEachTenantAndSubscriptionAndKeepsATenantWithoutSubscriptions() {
        RowBuilder contoso = estate.tenant("Contoso").insert();
        RowBuilder production = estate.subscription(contoso.get("id"), "Production").insert();
        RowBuilder staging = estate.subscription(contoso.get("id"), "Staging").insert();
        RowBuilder fabrikam = estate.tenant("Fabrikam").insert();

        TenantDirectory directory = tenants.directory(TenantScope.ALL);

        assertThat(directory.tenants()).containsExactly(
                new TenantDirectory.Tenant(contoso.get("id"), "Contoso", contoso.get("tenant_id"), List.of(
                        new TenantDirectory.Subscription(production.get("subscription_id"), "Production"),
                        new TenantDirectory.Subscription(staging.get("subscription_id"), "Staging"))),
                new TenantDirectory.Tenant(fabrikam.get("id"), "Fabrikam", fabrikam.get("tenant_id"), List.of()));
        assertThat(tenants.directory(TenantScope.of(Set.of((UUID) fabrikam.get("id")))).tenants())
                .extracting(TenantDirectory.Tenant::displayName).containsExactly("Fabrikam");
    }

    @Test
    void aSubscriptionShowsItsLatestScanAndWhenItsDataWasLastCollected() {
        Instant lastGood = Instant.parse("2026-03-01T06:00:00Z");
        RowBuilder tenant = estate.tenant("Contoso").insert();
        RowBuilder subscription = estate.subscription(tenant.get("id"), "Production")
                .set("last_good_scan_at", lastGood).insert();
        RowBuilder scan = estate.scan("PARTIAL").insert();
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "SUCCEEDED")
                .set("started_at", lastGood).insert();
        Instant failedAt = Instant.parse("2026-03-02T06:00:00Z");
        estate.subscriptionScan(scan.get("id"), subscription.get("id"), "FAILED").set("started_at", failedAt)
                .set("error", "ARM answered 403").insert();

        SubscriptionView view = tenants.find(TenantScope.ALL, tenant.get("id")).orElseThrow().subscriptions().get(0);

        assertThat(view.lastScanStatus()).isEqualTo("FAILED");
        assertThat(view.lastScanAt()).isEqualTo(failedAt);
        assertThat(view.lastScanError()).isEqualTo("ARM answered 403");
        assertThat(view.lastSuccessfulScanAt()).isEqualTo(lastGood);
        assertThat(view.stale()).isTrue();
    }

    @Test
    void aSubscriptionNeverScannedHasNoScanToShow() {
        RowBuilder tenant = estate.tenant("Contoso").insert();
        estate.subscription(tenant.get("id"), "Production").insert();

        SubscriptionView view = tenants.list(TenantScope.ALL).get(0).subscriptions().get(0);

        assertThat(view.displayName()).isEqualTo("Production");
        assertThat(view.lastScanStatus()).isNull();
        assertThat(view.lastScanAt()).isNull();
        assertThat(view.lastScanError()).isNull();
        assertThat(view.lastSuccessfulScanAt()).isNull();
        assertThat(view.stale()).isFalse();
    }
}
