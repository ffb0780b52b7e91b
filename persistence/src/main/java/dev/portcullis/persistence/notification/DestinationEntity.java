package dev.portcullis.persistence.notification;

import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.account.GrantColumns;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Where messages about findings and scans go: a webhook, Slack, Teams or email, with which events, checks and
 * severities it wants. It acts within its creator's rights ({@link #grant}, and the owner's current ones).
 */
@Entity
@Table(name = "destination")
public class DestinationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DestinationType type;

    /** The URL, sealed ({@code SecretBox}, context {@link #urlContext}); null for email. */
    @Column(name = "url_sealed")
    public String urlSealed;

    /** The URL as the API shows it: scheme and host only (the path of a Slack or Teams URL is a credential). */
    @Column(name = "url_shown")
    public String urlShown;

    /** The webhook signing secret, sealed (context {@link #secretContext}). */
    @Column(name = "secret_sealed")
    public String secretSealed;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] recipients = new String[0];

    /** {@code en} or {@code ja}. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", nullable = false)
    public Severity minSeverity;

    /** Check ids this destination wants; empty for every check. */
    @Column(name = "check_ids", nullable = false, columnDefinition = "text[]")
    public String[] checkIds = new String[0];

    /** Event wire names ({@code finding.opened}, ...). */
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] events = new String[0];

    @Embedded
    public GrantColumns grant;

    /** The local account that made it; null when made by a single sign-on user. */
    @Column(name = "owner_ref")
    public UUID ownerRef;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static String urlContext(UUID id) {
        return "destination " + id + " url";
    }

    public static String secretContext(UUID id) {
        return "destination " + id + " secret";
    }
}
