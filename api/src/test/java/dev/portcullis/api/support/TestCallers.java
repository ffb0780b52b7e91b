package dev.portcullis.api.support;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.access.Grant;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who calls, for the resource tests: {@code Authorization: Basic} whose user name is a role ({@code VIEWER},
 * {@code OPERATOR}, {@code ADMIN}), over every tenant, or {@code ROLE@<Entra tenant id>} over that tenant only. The
 * identity carries its role and every role below it, as the application's does. How callers really sign in (local
 * accounts, API tokens, lockouts) is the application's (deploy) and is tested there; these tests pin what the
 * resources do with a caller.
 */
@ApplicationScoped
public class TestCallers implements HttpAuthenticationMechanism {

    private static final String BASIC = "basic ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return Uni.createFrom().optional(Optional.ofNullable(header).flatMap(TestCallers::identityOf));
    }

    private static Optional<SecurityIdentity> identityOf(String header) {
        if (!header.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                StandardCharsets.UTF_8);
        String name = decoded.substring(0, decoded.indexOf(':'));
        String[] parts = name.split("@", 2);
        Role role = Role.parse(parts[0]).orElseThrow(() -> new IllegalArgumentException("not a role: " + name));
        Grant grant = parts.length == 1 ? new Grant(role, true, Set.of())
                : new Grant(role, false, Set.of(UUID.fromString(parts[1])));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addAttribute(Holder.ATTRIBUTE, new Holder(name, Caller.Kind.SINGLE_SIGN_ON, null, grant));
        Arrays.stream(Role.values()).filter(role::includes).map(Role::name).forEach(identity::addRole);
        return Optional.of(identity.build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"tests\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
