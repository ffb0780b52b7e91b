package dev.portcullis.persistence.account;

import dev.portcullis.persistence.access.AccessRuleException.Kind;
import dev.portcullis.persistence.access.AccessRuleException;
import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.GrantRules;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
import dev.portcullis.persistence.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens, for the API and the pages alike: anyone with a local account creates tokens holding at most their own
 * role and tenants, lists and revokes theirs; an ADMIN over every tenant sees and revokes all. Tokens always expire.
 */
@ApplicationScoped
public class TokenAdministration {

    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final int MAX_NAME = 100;

    private final ApiTokens tokens;
    private final AuditLog audit;

    public TokenAdministration(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    public ApiTokens.Created create(Caller caller, String name, Grant grant, Instant expiresAt, Instant now) {
        if (caller.accountRef() == null) {
            throw new AccessRuleException(Kind.DENIED, null, "API tokens belong to local accounts");
        }
        if (caller.kind() == Caller.Kind.TOKEN) {
            throw new AccessRuleException(Kind.DENIED, null, "a token cannot create tokens: sign in with the"
                    + " account's password to create one");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new AccessRuleException(Kind.INVALID, "name", "name is required, at most " + MAX_NAME
                    + " characters");
        }
        GrantRules.requireWithin(caller, grant);
        if (expiresAt == null) {
            throw new AccessRuleException(Kind.INVALID, "expiresAt", "expiresAt is required: tokens expire");
        }
        if (!expiresAt.isAfter(now)) {
            throw new AccessRuleException(Kind.INVALID, "expiresAt", "expiresAt must be in the future");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new AccessRuleException(Kind.INVALID, "expiresAt", "expiresAt may be at most "
                    + MAX_LIFETIME.toDays() + " days ahead");
        }
        ApiTokens.Created created = tokens.create(name.trim(), grant, caller.accountRef(), expiresAt);
        audit.record(caller, "CREATE_TOKEN", Outcome.SUCCESS, "token " + created.view().id() + " (" + name.trim()
                + ")", AccountAdministration.describe(grant) + "; expires " + expiresAt);
        return created;
    }

    /**
     * The caller's tokens; every token for an ADMIN over every tenant; none for someone without a local account
     * (single sign-on), who owns none.
     */
    public List<TokenView> list(Caller caller) {
        if (GrantRules.isFullAdmin(caller)) {
            return tokens.list(null);
        }
        return caller.accountRef() == null ? List.of() : tokens.list(caller.accountRef());
    }

    /**
     * Revokes every live token of an account: one's own, or anyone's for a full ADMIN (after a password or grant
     * change, say). Returns how many were revoked.
     */
    public int revokeAllOf(Caller caller, UUID accountRef, Instant now) {
        if (!accountRef.equals(caller.accountRef())) {
            GrantRules.requireFullAdmin(caller);
        }
        int revoked = tokens.revokeAllOf(accountRef, now);
        audit.record(caller, "REVOKE_TOKEN", Outcome.SUCCESS, "every token of account " + accountRef,
                revoked + " revoked");
        return revoked;
    }

    /** Revokes at once; another person's token reads as unknown unless the caller is a full ADMIN. */
    public TokenView revoke(Caller caller, UUID id, Instant now) {
        boolean fullAdmin = GrantRules.isFullAdmin(caller);
        Optional<TokenView> found = fullAdmin ? tokens.find(id, null)
                : caller.accountRef() == null ? Optional.empty() : tokens.find(id, caller.accountRef());
        TokenView token = found.orElseThrow(() -> new AccessRuleException(Kind.NOT_FOUND, "id", "Token " + id + " does not exist"));
        tokens.revoke(id, now);
        audit.record(caller, "REVOKE_TOKEN", Outcome.SUCCESS, "token " + id + " (" + token.name() + ")",
                "owner " + token.owner());
        return token;
    }
}
