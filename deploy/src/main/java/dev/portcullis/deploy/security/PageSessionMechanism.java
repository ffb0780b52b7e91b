package dev.portcullis.deploy.security;

import dev.portcullis.web.login.SessionCookie;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * How pages authenticate: the page session cookie, checked against the sessions kept in PostgreSQL. Without a live
 * session a page answers with a redirect to the login page.
 */
@ApplicationScoped
public class PageSessionMechanism implements HttpAuthenticationMechanism {

    /** The name the path permission for pages selects this mechanism by. */
    public static final String SCHEME = "session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        PageSessionRequest request = new PageSessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(PageSessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE,
                SessionCookie.NAME, SCHEME));
    }
}
