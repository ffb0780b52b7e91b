package dev.portcullis.persistence.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something to tell destinations about, written in the same transaction as what caused it; {@link #dispatchedAt} is
 * set once its deliveries exist.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The event's wire name ({@code EventType#wireName}). */
    @Column(nullable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "tenant_ref", nullable = false)
    public UUID tenantRef;

    @Column(name = "subscription_ref")
    public UUID subscriptionRef;

    @Column(name = "finding_ref")
    public UUID findingRef;

    @Column(name = "scan_ref")
    public UUID scanRef;

    @Column(name = "check_id")
    public String checkId;

    public String severity;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "resource_name")
    public String resourceName;

    public String detail;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;
}
