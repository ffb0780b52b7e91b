package dev.portcullis.persistence.scan;

import dev.portcullis.engine.vocabulary.SubscriptionScanStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What happened to one subscription within a scan. */
@Entity
@Table(name = "subscription_scan")
public class SubscriptionScanEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "scan_ref", nullable = false)
    public UUID scanRef;

    @Column(name = "subscription_ref", nullable = false)
    public UUID subscriptionRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionScanStatus status;

    public String error;

    @Column(name = "arm_requests", nullable = false)
    public int armRequests;

    /** ARM answers 429 (too many requests) during the collection. */
    @Column(name = "throttled_requests", nullable = false)
    public int throttledRequests;

    /** Requests sent again after a 429, a 5xx or a broken connection. */
    @Column(name = "retried_requests", nullable = false)
    public int retriedRequests;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resource_counts")
    public Map<String, Integer> resourceCounts;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** How many times a replica claimed this part (1 when it ran once). */
    public int attempts;

    /** How many claims found the previous attempt cut short (its replica died, or lost the database). */
    public int interruptions;

    /** The replica (Quartz instance id) that ran the latest attempt. */
    public String runner;
}
