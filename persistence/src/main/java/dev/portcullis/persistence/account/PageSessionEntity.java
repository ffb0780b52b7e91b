package dev.portcullis.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in browser; only the SHA-256 of its cookie's token is stored. */
@Entity
@Table(name = "page_session")
public class PageSessionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public String principal;

    @Column(nullable = false)
    public String kind;

    @Column(name = "account_ref")
    public UUID accountRef;

    /** The role and the tenants it holds over. */
    @Embedded
    public GrantColumns grant = new GrantColumns();

    public String address;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;
}
