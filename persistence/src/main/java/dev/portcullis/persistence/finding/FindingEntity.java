package dev.portcullis.persistence.finding;

import dev.portcullis.engine.vocabulary.FindingStatus;
import dev.portcullis.engine.vocabulary.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A (check, resource) pair that has failed at least once; its status changes in place. */
@Entity
@Table(name = "finding")
public class FindingEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "check_id", nullable = false)
    public String checkId;

    @Column(name = "resource_key", nullable = false)
    public String resourceKey;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(name = "resource_name", nullable = false)
    public String resourceName;

    @Column(name = "subscription_ref", nullable = false)
    public UUID subscriptionRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    public String detail;

    /** What the finding's remediation fixes, as its check's last failing result named them ({@code CheckResult}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "remediation_subjects", nullable = false)
    public List<Map<String, String>> remediationSubjects = List.of();

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    public static List<FindingEntity> listOfSubscription(UUID subscriptionRef) {
        return list("subscriptionRef", subscriptionRef);
    }
}
