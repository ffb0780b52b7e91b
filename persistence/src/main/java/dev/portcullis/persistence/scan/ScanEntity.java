package dev.portcullis.persistence.scan;

import dev.portcullis.engine.vocabulary.ScanStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One run over one or more subscriptions. */
@Entity
@Table(name = "scan")
public class ScanEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScanStatus status;

    @Column(nullable = false)
    public String trigger;

    @Column(name = "scope_tenant")
    public UUID scopeTenant;

    @Column(name = "scope_subscription")
    public UUID scopeSubscription;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The instant a back-dated scan (the demo's history) is recorded at; null for a scan recorded as it runs. */
    @Column(name = "as_of")
    public Instant asOf;
}
