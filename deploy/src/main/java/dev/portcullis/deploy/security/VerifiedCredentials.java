package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.AccountChanged;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for one minute, that a user name and password were verified, so that an API client sending HTTP Basic
 * on every call costs one bcrypt per minute rather than one per call. Only an HMAC of the pair under a random
 * per-process key is kept: nothing here can be turned back into a password.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock = Clock.systemUTC();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    Optional<SecurityIdentity> lookup(String username, char[] password) {
        Entry entry = entries.get(fingerprint(username, password));
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    void remember(String username, char[] password, SecurityIdentity identity) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint(username, password), new Entry(identity, clock.instant().plus(TTL)));
    }

    /** A changed or deleted account must sign in again: everything is forgotten, as entries do not name users. */
    void forgetOnChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        entries.clear();
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private record Entry(SecurityIdentity identity, Instant expires) {
    }
}
