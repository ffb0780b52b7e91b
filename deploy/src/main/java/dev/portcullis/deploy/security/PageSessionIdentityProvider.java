package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.AccountChanged;
import dev.portcullis.persistence.account.PageSessions;
import dev.portcullis.web.login.SessionEnded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Restores a page user's identity from their session. The session (and the account's role and tenants) is read
 * again at most every {@link #RECHECK}, so pages do not pay a database round trip each: signing out, or an account
 * changed or deleted through this replica, takes effect at once; through another replica within that time.
 */
@ApplicationScoped
public class PageSessionIdentityProvider implements IdentityProvider<PageSessionRequest> {

    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Checked(SecurityIdentity identity, long atNanos) {
    }

    private final PageSessions sessions;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public PageSessionIdentityProvider(PageSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<PageSessionRequest> getRequestType() {
        return PageSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(PageSessionRequest request, AuthenticationRequestContext context) {
        String token = request.token();
        Checked recent = checked.get(token);
        if (recent != null && System.nanoTime() - recent.atNanos() < RECHECK.toNanos()) {
            return Uni.createFrom().item(recent.identity());
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = QuarkusTransaction.joiningExisting()
                    .call(() -> sessions.find(token, Instant.now()))
                    .map(Identities::of)
                    .orElseThrow(() -> {
                        checked.remove(token);
                        return new AuthenticationFailedException();
                    });
            if (checked.size() >= MAX_ENTRIES) {
                checked.clear();
            }
            checked.put(token, new Checked(identity, System.nanoTime()));
            return identity;
        });
    }

    void forgetEnded(@Observes SessionEnded ended) {
        checked.remove(ended.token());
    }

    void forgetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        checked.values().removeIf(c -> c.identity().getPrincipal().getName().equals(change.username()));
    }
}
