package dev.portcullis.persistence.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message to one destination: rendered once when made, sent until the receiver answers 2xx or retries run out.
 * A replica sending it holds it until {@link #leaseUntil}; a crash before the outcome is recorded sends it again,
 * with the same id and {@link #eventId} (the receiver's Idempotency-Key).
 */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends PanacheEntityBase {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "destination_ref", nullable = false)
    public UUID destinationRef;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    /** The event's wire name, {@code digest} or {@code test}. */
    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "event_count", nullable = false)
    public int eventCount = 1;

    @Column(name = "scan_ref")
    public UUID scanRef;

    /** The message as sent: JSON for webhooks, Slack and Teams; {@code subject}, {@code text}, {@code html} for email. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
