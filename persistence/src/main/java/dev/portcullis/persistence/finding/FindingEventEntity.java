package dev.portcullis.persistence.finding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One transition of a finding, with the scan that caused it. */
@Entity
@Table(name = "finding_event")
public class FindingEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "finding_ref", nullable = false)
    public UUID findingRef;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "scan_ref")
    public UUID scanRef;

    public String reason;
}
