package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API tokens: 256 random bits behind the prefix {@code pct_}, shown once at creation. Only their SHA-256 is stored:
 * a token has too much entropy to be guessed from it, so a slow hash would only slow every API call.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    public static final String PREFIX = "pct_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the only time its value exists outside the caller's hands. */
    public record Created(TokenView view, String token) {
    }

    /** A token that authenticated a request, with its owner's name. */
    public record Valid(UUID id, String name, String owner, UUID ownerRef, Grant grant) {
    }

    public Created create(String name, Grant grant, UUID ownerRef, Instant expiresAt) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiTokenEntity entity = new ApiTokenEntity();
        entity.id = UUID.randomUUID();
        entity.name = name;
        entity.tokenHash = hash(token);
        entity.grant = GrantColumns.of(grant);
        entity.ownerRef = ownerRef;
        entity.createdAt = Instant.now();
        entity.expiresAt = expiresAt;
        entity.persist();
        return new Created(toView(entity, UserAccountEntity.<UserAccountEntity>findByIdOptional(ownerRef)
                .map(a -> a.username).orElse(null)), token);
    }

    /**
     * The token's grant if it exists, is neither revoked nor expired, and its owner still exists: at most what the
     * owner holds now ({@link Grant#within}), so lowering the owner's role or tenants lowers every token of theirs at
     * once, on every replica.
     */
    public Optional<Valid> verify(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return ApiTokenEntity.findByHash(hash(token))
                .filter(t -> t.revokedAt == null && t.expiresAt.isAfter(now))
                .flatMap(t -> UserAccountEntity.<UserAccountEntity>findByIdOptional(t.ownerRef).map(owner -> {
                    if (t.lastUsedAt == null || t.lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
                        t.lastUsedAt = now;
                    }
                    return new Valid(t.id, t.name, owner.username, owner.id,
                            t.grant.toGrant().within(Accounts.grantOf(owner)));
                }));
    }

    /** Every token, or one account's; newest first. Owners' names are read in one query. */
    public List<TokenView> list(UUID ownerRef) {
        List<ApiTokenEntity> tokens = ownerRef == null ? ApiTokenEntity.list("order by createdAt desc")
                : ApiTokenEntity.list("ownerRef = ?1 order by createdAt desc", ownerRef);
        Map<UUID, String> owners = tokens.isEmpty() ? Map.of()
                : UserAccountEntity.<UserAccountEntity>list("id in ?1", tokens.stream().map(t -> t.ownerRef)
                        .distinct().toList()).stream().collect(Collectors.toMap(a -> a.id, a -> a.username));
        return tokens.stream().map(t -> toView(t, owners.get(t.ownerRef))).toList();
    }

    /** One token; of this owner only, unless {@code ownerRef} is null. */
    public Optional<TokenView> find(UUID id, UUID ownerRef) {
        return ApiTokenEntity.<ApiTokenEntity>findByIdOptional(id)
                .filter(t -> ownerRef == null || ownerRef.equals(t.ownerRef))
                .map(t -> toView(t, UserAccountEntity.<UserAccountEntity>findByIdOptional(t.ownerRef)
                        .map(a -> a.username).orElse(null)));
    }

    /** Revokes at once; false when there is no such token. Revoking twice keeps the first time. */
    public boolean revoke(UUID id, Instant now) {
        ApiTokenEntity token = ApiTokenEntity.findById(id);
        if (token == null) {
            return false;
        }
        if (token.revokedAt == null) {
            token.revokedAt = now;
        }
        return true;
    }

    /** Revokes every live token of an account at once; returns how many. */
    public int revokeAllOf(UUID ownerRef, Instant now) {
        return ApiTokenEntity.update("revokedAt = ?1 where ownerRef = ?2 and revokedAt is null", now, ownerRef);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static TokenView toView(ApiTokenEntity t, String owner) {
        return new TokenView(t.id, t.name, t.grant.role, t.grant.toGrant().tenantsAsWritten(), owner, t.createdAt,
                t.expiresAt, t.revokedAt, t.lastUsedAt);
    }
}
