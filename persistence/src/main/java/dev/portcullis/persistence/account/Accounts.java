package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.sql.Row;
import dev.portcullis.persistence.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Local accounts: creation, changes, deletion and the login lockout. Validation of what a person typed is the
 * caller's; this stores what it is given, with the password hashed.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    /** Failed logins in a row that lock an account. */
    public static final int LOCK_AFTER_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final Event<AccountChanged> changed;
    private final PageSessions sessions;

    public Accounts(Event<AccountChanged> changed, PageSessions sessions) {
        this.changed = changed;
        this.sessions = sessions;
    }

    /**
     * A change to an account; null fields stay as they are.
     *
     * @param keepSession the page session making the change, which stays when it is the account's own
     */
    public record Change(String password, Grant grant, Boolean unlock, UUID keepSession) {
    }

    public AccountView create(String username, String password, Grant grant) {
        UserAccountEntity account = new UserAccountEntity();
        account.id = UUID.randomUUID();
        account.username = username;
        account.passwordHash = PasswordHashes.hash(password);
        apply(account, grant);
        account.createdAt = Instant.now();
        account.persist();
        return AccountView.of(account, 0);
    }

    public boolean exists(String username) {
        return UserAccountEntity.count("username", username) > 0;
    }

    /** Every account, each with its count of live API tokens (read in one query). */
    public List<AccountView> list() {
        Map<UUID, Long> tokens = Row.all(UserAccountEntity.getEntityManager().createQuery(
                        "select t.ownerRef as ownerRef, count(t) as tokens from ApiTokenEntity t"
                        + " where t.revokedAt is null and t.expiresAt > :now group by t.ownerRef", Tuple.class)
                        .setParameter("now", Instant.now())).stream()
                .collect(Collectors.toMap(row -> row.uuid("ownerRef"), row -> row.get("tokens", Long.class)));
        return UserAccountEntity.<UserAccountEntity>list("order by username").stream()
                .map(a -> AccountView.of(a, tokens.getOrDefault(a.id, 0L))).toList();
    }

    public Optional<AccountView> find(UUID id) {
        return UserAccountEntity.<UserAccountEntity>findByIdOptional(id)
                .map(a -> AccountView.of(a, activeTokens(a.id)));
    }

    private static long activeTokens(UUID accountRef) {
        return ApiTokenEntity.count("ownerRef = ?1 and revokedAt is null and expiresAt > ?2", accountRef,
                Instant.now());
    }

    public Optional<AccountView> change(UUID id, Change change) {
        return UserAccountEntity.<UserAccountEntity>findByIdOptional(id).map(account -> {
            Instant now = Instant.now();
            boolean rightsChanged = false;
            if (change.password() != null) {
                account.passwordHash = PasswordHashes.hash(change.password());
                rightsChanged = true;
            }
            if (change.grant() != null && !change.grant().equals(grantOf(account))) {
                apply(account, change.grant());
                rightsChanged = true;
            }
            if (Boolean.TRUE.equals(change.unlock())) {
                account.failedLogins = 0;
                account.lockedUntil = null;
            }
            account.updatedAt = now;
            if (rightsChanged) {
                account.rightsChangedAt = now;
                sessions.endOthers(account.id, change.keepSession(), now);
            }
            changed.fire(new AccountChanged(account.username));
            return AccountView.of(account, activeTokens(account.id));
        });
    }

    public boolean delete(UUID id) {
        Optional<UserAccountEntity> account = UserAccountEntity.findByIdOptional(id);
        account.ifPresent(a -> {
            a.delete();
            changed.fire(new AccountChanged(a.username));
        });
        return account.isPresent();
    }

    /** Accounts holding ADMIN over all tenants: the last one cannot be deleted or demoted. */
    public long fullAdmins() {
        return UserAccountEntity.count("grant.role = ?1 and grant.allTenants = true", Role.ADMIN.name());
    }

    /**
     * Records a failed login in one statement, so failures arriving together (on one replica or several) each count:
     * the account locks when it reaches {@link #LOCK_AFTER_FAILURES} in a row. True when this failure locked it.
     */
    public boolean loginFailed(UUID id, Instant now) {
        Instant until = now.plus(LOCK_DURATION);
        List<?> locked = em().createNativeQuery("""
                        update user_account set
                            failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end
                        where id = :id
                        returning failed_logins = 0 and locked_until = :until""")
                .setParameter("limit", LOCK_AFTER_FAILURES).setParameter("until", until).setParameter("id", id)
                .getResultList();
        return !locked.isEmpty() && Boolean.TRUE.equals(locked.get(0));
    }

    /** Whether the account is locked now, read afresh (a lock set while its password was being checked counts). */
    public boolean isLocked(UUID id, Instant now) {
        List<?> until = em().createNativeQuery("select locked_until from user_account where id = :id")
                .setParameter("id", id).getResultList();
        return !until.isEmpty() && until.get(0) != null && SqlValues.instant(until.get(0)).isAfter(now);
    }

    /** A password that matched clears the count of failures and any lock. */
    public void loginSucceeded(UUID id) {
        UserAccountEntity account = UserAccountEntity.findById(id);
        if (account != null && (account.failedLogins != 0 || account.lockedUntil != null)) {
            account.failedLogins = 0;
            account.lockedUntil = null;
        }
    }

    private static jakarta.persistence.EntityManager em() {
        return UserAccountEntity.getEntityManager();
    }

    public static Grant grantOf(UserAccountEntity account) {
        return account.grant.toGrant();
    }

    private static void apply(UserAccountEntity account, Grant grant) {
        account.grant = GrantColumns.of(grant);
    }
}
