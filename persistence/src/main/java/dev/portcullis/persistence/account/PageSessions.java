package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Holder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Page sessions: started at sign-in, ended at sign-out, idle after {@link #IDLE} and over after {@link #LIFETIME}
 * whatever happens. The browser's token is 256 random bits; the database keeps its SHA-256.
 */
@ApplicationScoped
@Transactional
public class PageSessions {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** Activity is written at most this often per session. */
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session just started: the token goes into the cookie and nowhere else. */
    public record Started(String token, Instant expiresAt) {
    }

    public Started start(Holder holder, String address, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PageSessionEntity session = new PageSessionEntity();
        session.id = UUID.randomUUID();
        session.tokenHash = ApiTokens.hash(token);
        session.principal = holder.name();
        session.kind = holder.kind().name();
        session.accountRef = holder.accountRef();
        session.grant = GrantColumns.of(holder.grant());
        session.address = address;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(LIFETIME);
        session.persist();
        return new Started(token, session.expiresAt);
    }

    /**
     * Who a live session belongs to, with the account's current role and tenants; empty when the session is unknown,
     * ended, idle or over, or its account is gone.
     */
    public Optional<Holder> find(String token, Instant now) {
        return PageSessionEntity.<PageSessionEntity>find("tokenHash", ApiTokens.hash(token)).firstResultOptional()
                .filter(s -> s.endedAt == null && s.expiresAt.isAfter(now) && s.lastSeenAt.plus(IDLE).isAfter(now))
                .flatMap(s -> {
                    if (s.lastSeenAt.plus(SEEN_PRECISION).isBefore(now)) {
                        s.lastSeenAt = now;
                    }
                    if (s.accountRef == null) {
                        return Optional.of(new Holder(s.principal, Caller.Kind.valueOf(s.kind), null,
                                s.grant.toGrant(), s.id));
                    }
                    return UserAccountEntity.<UserAccountEntity>findByIdOptional(s.accountRef)
                            .map(a -> new Holder(a.username, Caller.Kind.ACCOUNT, a.id, Accounts.grantOf(a), s.id));
                });
    }

    /**
     * Ends every live session of an account but {@code keep} (the one making the change, if it is theirs): after a
     * password or grant change, a session opened with the old password, or a copied cookie, stops at once.
     */
    public int endOthers(UUID accountRef, UUID keep, Instant now) {
        return keep == null
                ? PageSessionEntity.update("endedAt = ?1 where accountRef = ?2 and endedAt is null", now, accountRef)
                : PageSessionEntity.update("endedAt = ?1 where accountRef = ?2 and endedAt is null and id <> ?3", now,
                        accountRef, keep);
    }

    /** Ends the session; false when there was no live one. */
    public boolean end(String token, Instant now) {
        return PageSessionEntity.update("endedAt = ?1 where tokenHash = ?2 and endedAt is null", now,
                ApiTokens.hash(token)) > 0;
    }
}
