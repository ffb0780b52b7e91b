package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.AccountChanged;
import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for one minute, that a user name and password were verified from a client address, so that an API client
 * sending HTTP Basic on every call costs one bcrypt per minute rather than one per call. Only an HMAC of name,
 * password and address under a random per-process key is kept, with the password hash it matched: nothing here can be
 * turned back into a password. A remembered check counts only while the account's stored hash is still the one it
 * matched and the account is not locked (read afresh each call), so a password changed on any replica stops the old
 * one at once, and the identity always carries the account's current role and tenants.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    Optional<SecurityIdentity> lookup(UserAccountEntity account, char[] password, String address, Instant now) {
        Entry entry = entries.get(fingerprint(account.username, password, address));
        boolean valid = entry != null && entry.expires().isAfter(now)
                && entry.passwordHash().equals(account.passwordHash)
                && (account.lockedUntil == null || !account.lockedUntil.isAfter(now));
        return valid ? Optional.of(Identities.of(account)) : Optional.empty();
    }

    void remember(UserAccountEntity account, char[] password, String address, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint(account.username, password, address), new Entry(account.passwordHash,
                now.plus(TTL)));
    }

    /** A changed or deleted account: forget everything (entries do not name users), which only costs a bcrypt. */
    void forgetOnChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        entries.clear();
    }

    private String fingerprint(String username, char[] password, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private record Entry(String passwordHash, Instant expires) {
    }
}
