package dev.portcullis.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A local account: the password is stored as a bcrypt hash only. Its role applies to the tenants it is scoped to
 * (Entra tenant ids), or to every tenant when {@code allTenants}.
 */
@Entity
@Table(name = "user_account")
public class UserAccountEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** The role and the tenants it holds over. */
    @Embedded
    public GrantColumns grant = new GrantColumns();

    /** Consecutive failed logins since the last successful one. */
    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the password or the grant last changed; sessions and remembered passwords from before it are over. */
    @Column(name = "rights_changed_at")
    public Instant rightsChangedAt;

    public static Optional<UserAccountEntity> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
