package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.PasswordHashes;
import dev.portcullis.persistence.account.UserAccountEntity;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.web.login.ClientAddress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password (HTTP Basic for the API, the login form for pages) against the local accounts.
 * An unknown user and a locked account cost the same bcrypt work as a wrong password, so timing does not tell which
 * accounts exist. {@link Accounts#LOCK_AFTER_FAILURES} wrong passwords in a row lock the account for
 * {@link Accounts#LOCK_DURATION}. Every check that reaches the database goes to the audit log; a successful check
 * is then remembered briefly (see {@link VerifiedCredentials}) so API clients using Basic do not pay a bcrypt, nor
 * write an audit line, per call.
 */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String LOGIN = "LOGIN";
    private static final String DUMMY_HASH = PasswordHashes.hash("not-a-real-password-just-equal-work");

    private final VerifiedCredentials verified;
    private final Accounts accounts;
    private final AuditLog audit;

    public LocalAccountIdentityProvider(VerifiedCredentials verified, Accounts accounts, AuditLog audit) {
        this.verified = verified;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? null : ClientAddress.of(routing.request());
        return context.runBlocking(() -> verify(request.getUsername(), request.getPassword().getPassword(), address));
    }

    private SecurityIdentity verify(String username, char[] password, String address) {
        Optional<SecurityIdentity> remembered = verified.lookup(username, password);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Instant now = Instant.now();
        Optional<UserAccountEntity> account = QuarkusTransaction.joiningExisting()
                .call(() -> UserAccountEntity.findByUsername(username));
        boolean locked = account.map(a -> a.lockedUntil != null && a.lockedUntil.isAfter(now)).orElse(false);
        String hash = account.filter(a -> !locked).map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = PasswordHashes.matches(password, hash);
        if (account.isEmpty()) {
            throw failed(username, address, "no such account");
        }
        if (locked) {
            throw failed(username, address, "account locked until " + account.get().lockedUntil);
        }
        if (!matches) {
            boolean lockedNow = QuarkusTransaction.requiringNew().call(() -> accounts.loginFailed(account.get().id, now));
            throw failed(username, address, lockedNow ? "wrong password; " + Accounts.LOCK_AFTER_FAILURES
                    + " in a row: account locked for " + Accounts.LOCK_DURATION.toMinutes() + " minutes"
                    : "wrong password");
        }
        QuarkusTransaction.requiringNew().run(() -> accounts.loginSucceeded(account.get().id));
        audit.record(username, address, LOGIN, Outcome.SUCCESS, "account " + username, "password");
        SecurityIdentity identity = Identities.of(account.get());
        verified.remember(username, password, identity);
        return identity;
    }

    private AuthenticationFailedException failed(String username, String address, String why) {
        audit.record(username, address, LOGIN, Outcome.FAILURE, "account " + username, why);
        return new AuthenticationFailedException();
    }
}
