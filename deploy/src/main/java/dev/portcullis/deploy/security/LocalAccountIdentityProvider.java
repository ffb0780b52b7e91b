package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.Accounts;
import dev.portcullis.persistence.account.PasswordHashes;
import dev.portcullis.persistence.account.SignInThrottle;
import dev.portcullis.persistence.account.UserAccountEntity;
import dev.portcullis.persistence.audit.AuditLog.Outcome;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.web.login.ClientAddress;
import dev.portcullis.web.login.SignInAttempt;
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
import java.util.OptionalLong;

/**
 * Checks a user name and password (HTTP Basic for the API, the login form for pages) against the local accounts.
 * <ul>
 *   <li>A client address with {@link SignInThrottle#FAILURES_PER_MINUTE} failures this minute is refused before any
 *       bcrypt is spent (429 with {@code Retry-After}).</li>
 *   <li>An unknown user and a locked account cost the same bcrypt work as a wrong password, so timing does not tell
 *       which accounts exist. {@link Accounts#LOCK_AFTER_FAILURES} wrong passwords in a row lock the account for
 *       {@link Accounts#LOCK_DURATION}, counted in one statement; the lock is read again after the password matched,
 *       so a lock set meanwhile by parallel guesses holds.</li>
 *   <li>Every check that reaches the password is audited. A Basic login that passed is remembered briefly for the
 *       same client (see {@link VerifiedCredentials}) so API clients do not pay a bcrypt, nor write an audit line, per
 *       call; the login form never uses that memory, so every form sign-in is checked and audited.</li>
 * </ul>
 */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String LOGIN = "LOGIN";
    private static final String DUMMY_HASH = PasswordHashes.hash("not-a-real-password-just-equal-work");

    private final VerifiedCredentials verified;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    public LocalAccountIdentityProvider(VerifiedCredentials verified, Accounts accounts, SignInThrottle throttle,
                                        AuditLog audit) {
        this.verified = verified;
        this.accounts = accounts;
        this.throttle = throttle;
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
        boolean form = Boolean.TRUE.equals(request.getAttribute(SignInAttempt.FROM_FORM));
        return context.runBlocking(() -> verify(request.getUsername(), request.getPassword().getPassword(), address,
                form, routing));
    }

    private SecurityIdentity verify(String username, char[] password, String address, boolean form,
                                    RoutingContext routing) {
        Instant now = Instant.now();
        Optional<UserAccountEntity> account = QuarkusTransaction.joiningExisting()
                .call(() -> UserAccountEntity.findByUsername(username));
        if (!form) {
            Optional<SecurityIdentity> remembered = account.flatMap(a -> verified.lookup(a, password, address, now));
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        OptionalLong wait = throttle.refusal(address, now);
        if (wait.isPresent()) {
            SignInAttempt.throttled(routing, wait.getAsLong());
            throttle.failed(address, now);
            throw new AuthenticationFailedException();
        }
        boolean locked = account.map(a -> a.lockedUntil != null && a.lockedUntil.isAfter(now)).orElse(false);
        String hash = account.filter(a -> !locked).map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = PasswordHashes.matches(password, hash);
        if (account.isEmpty()) {
            throw failed(username, address, now, "no such account");
        }
        if (locked) {
            throw failed(username, address, now, "account locked until " + account.get().lockedUntil);
        }
        if (!matches) {
            boolean lockedNow = QuarkusTransaction.requiringNew().call(() -> accounts.loginFailed(account.get().id,
                    now));
            throw failed(username, address, now, lockedNow ? "wrong password; " + Accounts.LOCK_AFTER_FAILURES
                    + " in a row: account locked for " + Accounts.LOCK_DURATION.toMinutes() + " minutes"
                    : "wrong password");
        }
        if (QuarkusTransaction.requiringNew().call(() -> accounts.isLocked(account.get().id, Instant.now()))) {
            throw failed(username, address, now, "account locked while its password was being checked");
        }
        QuarkusTransaction.requiringNew().run(() -> accounts.loginSucceeded(account.get().id));
        audit.record(username, address, LOGIN, Outcome.SUCCESS, "account " + username,
                form ? "password (login form)" : "password (HTTP Basic)");
        if (!form) {
            verified.remember(account.get(), password, address, now);
        }
        return Identities.of(account.get());
    }

    private AuthenticationFailedException failed(String username, String address, Instant now, String why) {
        throttle.failed(address, now);
        audit.record(username, address, LOGIN, Outcome.FAILURE, "account " + username, why);
        return new AuthenticationFailedException();
    }
}
