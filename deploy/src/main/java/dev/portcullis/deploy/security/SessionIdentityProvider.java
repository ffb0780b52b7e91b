package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.AccountChanged;
import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Restores the identity of a logged-in page user from the encrypted session cookie; an account deleted since the
 * login no longer gets in. The account is read again at most every {@link #RECHECK} per user, so pages do not pay a
 * database round trip each: a deleted account or a changed role takes effect within that time.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Checked(SecurityIdentity identity, long atNanos) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** A changed or deleted account is read again at its next page, on this replica; others within {@link #RECHECK}. */
    void forgetOnChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        checked.remove(change.username());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        Checked recent = checked.get(username);
        if (recent != null && System.nanoTime() - recent.atNanos() < RECHECK.toNanos()) {
            return Uni.createFrom().item(recent.identity());
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = QuarkusTransaction.joiningExisting()
                    .call(() -> UserAccountEntity.findByUsername(username))
                    .map(Identities::of)
                    .orElseThrow(() -> {
                        checked.remove(username);
                        return new AuthenticationFailedException();
                    });
            if (checked.size() >= MAX_ENTRIES) {
                checked.clear();
            }
            checked.put(username, new Checked(identity, System.nanoTime()));
            return identity;
        });
    }
}
