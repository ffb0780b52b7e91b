package dev.portcullis.deploy.security;

import dev.portcullis.persistence.account.UserAccountEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Checks a user name and password (HTTP Basic for the API, the login form for pages) against the local accounts.
 * An unknown user costs the same bcrypt work as a wrong password, so timing does not tell which accounts exist.
 * A successful check is remembered briefly (see {@link VerifiedCredentials}) so API clients using Basic do not
 * pay a bcrypt per call.
 */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String DUMMY_HASH = PasswordHashes.hash("not-a-real-password-just-equal-work");

    private final VerifiedCredentials verified;

    public LocalAccountIdentityProvider(VerifiedCredentials verified) {
        this.verified = verified;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), request.getPassword().getPassword()));
    }

    private SecurityIdentity verify(String username, char[] password) {
        Optional<SecurityIdentity> remembered = verified.lookup(username, password);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Optional<UserAccountEntity> account = QuarkusTransaction.joiningExisting()
                .call(() -> UserAccountEntity.findByUsername(username));
        String hash = account.map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = PasswordHashes.matches(password, hash);
        if (account.isEmpty() || !matches) {
            throw new AuthenticationFailedException();
        }
        SecurityIdentity identity = Identities.of(account.get());
        verified.remember(username, password, identity);
        return identity;
    }
}
