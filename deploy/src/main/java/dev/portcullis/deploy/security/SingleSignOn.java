package dev.portcullis.deploy.security;

import dev.portcullis.persistence.access.Caller;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.GroupRoles;
import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.account.PageSessions;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.web.error.ErrorPage;
import dev.portcullis.web.login.ClientAddress;
import dev.portcullis.web.login.SessionCookie;
import io.quarkus.oidc.IdToken;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The end of single sign-on: Quarkus OIDC has run the authorization-code flow for {@code /login/sso} (Entra ID in
 * production) and verified the ID token; its groups are mapped to a role and tenants ({@link GroupRoles}) and a page
 * session is started, as a password sign-in does. The OIDC session cookie is dropped: from here on the page session
 * alone signs the person in. Nobody in a mapped group gets no session.
 */
@Path("/login/sso")
public class SingleSignOn {

    static final String OIDC_SESSION_COOKIE = "q_session";
    static final String ACTOR_PREFIX = "sso:";

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    PageSessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    SsoConfig config;

    @GET
    public Response signedIn(HttpServerRequest request) {
        // "sso:" keeps a person of the identity provider apart from a local account of the same name, in the audit
        // log and wherever an actor is named
        String name = ACTOR_PREFIX + Optional.ofNullable(idToken.<String>getClaim("preferred_username"))
                .orElse(idToken.getSubject());
        List<String> groups = Optional.ofNullable(idToken.getGroups()).map(List::copyOf)
                .filter(g -> !g.isEmpty())
                .orElseGet(() -> Optional.ofNullable(idToken.<Object>getClaim(config.groupsClaim()))
                        .map(value -> List.of(value.toString())).orElse(List.of()));
        String address = ClientAddress.of(request);
        Optional<Grant> grant = GroupRoles.parse(config.groupRoles().orElse("")).grantFor(groups);
        NewCookie dropOidcSession = new NewCookie.Builder(OIDC_SESSION_COOKIE).path("/").maxAge(0).value("").build();
        if (grant.isEmpty()) {
            audit.record(name, address, LocalAccountIdentityProvider.LOGIN, AuditLog.Outcome.FAILURE,
                    "single sign-on " + name, "no group of " + groups + " is mapped to a role");
            Response page = ErrorPage.response(403, "Forbidden", "You are signed in at your identity provider,"
                    + " but none of your groups is given a role in Portcullis. Ask an administrator.");
            return Response.fromResponse(page).cookie(dropOidcSession).build();
        }
        Holder holder = new Holder(name, Caller.Kind.SINGLE_SIGN_ON, null, grant.get());
        PageSessions.Started session = sessions.start(holder, address, Instant.now());
        audit.record(name, address, LocalAccountIdentityProvider.LOGIN, AuditLog.Outcome.SUCCESS,
                "single sign-on " + name, "role " + grant.get().role() + " over "
                        + String.join(", ", grant.get().tenantsAsWritten()));
        return Response.seeOther(URI.create("/"))
                .cookie(SessionCookie.issue(session.token(), request), dropOidcSession).build();
    }
}
