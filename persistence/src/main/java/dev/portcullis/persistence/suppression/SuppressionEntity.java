package dev.portcullis.persistence.suppression;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An accepted risk: findings it matches are SUPPRESSED instead of OPEN while it has not expired. */
@Entity
@Table(name = "suppression")
public class SuppressionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "check_id")
    public String checkId;

    @Column(name = "resource_key")
    public String resourceKey;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "resource_group")
    public String resourceGroup;

    @Column(name = "tag_key")
    public String tagKey;

    @Column(name = "tag_value")
    public String tagValue;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
