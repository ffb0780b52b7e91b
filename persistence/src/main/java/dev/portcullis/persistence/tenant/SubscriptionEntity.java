package dev.portcullis.persistence.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A subscription discovered under an onboarded tenant, keyed by its id (never by display name). */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_ref")
    public TenantEntity tenant;

    @Column(name = "subscription_id", nullable = false, unique = true)
    public UUID subscriptionId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String state;

    public boolean enabled;

    /** The subscription's Defender for Servers pricing tier as last collected ({@code Free} or {@code Standard}). */
    @Column(name = "defender_servers_tier")
    public String defenderServersTier;

    @Column(name = "defender_servers_subplan")
    public String defenderServersSubPlan;

    /** When the subscription was last collected completely; open findings were seen failing then. */
    @Column(name = "last_good_scan_at")
    public Instant lastGoodScanAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When discovery stopped finding it (moved out of the management group, deleted, access lost); null while found. */
    @Column(name = "removed_at")
    public Instant removedAt;

    public static Optional<SubscriptionEntity> findBySubscriptionId(UUID subscriptionId) {
        return find("subscriptionId", subscriptionId).firstResultOptional();
    }

    /** Azure's Disabled and Deleted subscriptions are not scanned (ARM refuses reads in them); others are. */
    private static final String SCANNABLE_STATE = " and (s.state is null or s.state not in ('Disabled', 'Deleted'))";

    public static List<SubscriptionEntity> listEnabled() {
        return list("from SubscriptionEntity s join fetch s.tenant where s.enabled = true and s.removedAt is null"
                + SCANNABLE_STATE + " order by s.displayName");
    }

    public static List<SubscriptionEntity> listEnabledOfTenant(UUID tenantRef) {
        return list("from SubscriptionEntity s join fetch s.tenant where s.enabled = true and s.removedAt is null"
                + SCANNABLE_STATE + " and s.tenant.id = ?1 order by s.displayName", tenantRef);
    }
}
