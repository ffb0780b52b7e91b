package dev.portcullis.web.login;

import dev.portcullis.persistence.access.Holder;
import dev.portcullis.persistence.account.PageSessions;
import dev.portcullis.persistence.audit.AuditLog;
import dev.portcullis.web.page.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Signing in and out. A successful sign-in starts a server-side page session (see {@link PageSessions}) and sets
 * its cookie; signing out ends that session on the server, so the cookie is worthless even if it was copied.
 */
@Path("/")
public class LoginPage {

    private final Viewer viewer;
    private final IdentityProviderManager identities;
    private final PageSessions sessions;
    private final AuditLog audit;
    private final Event<SessionEnded> ended;
    private final boolean singleSignOn;

    public LoginPage(Viewer viewer, IdentityProviderManager identities, PageSessions sessions, AuditLog audit,
                     Event<SessionEnded> ended,
                     SingleSignOnConfig singleSignOn) {
        this.singleSignOn = singleSignOn.tenantEnabled();
        this.viewer = viewer;
        this.identities = identities;
        this.sessions = sessions;
        this.audit = audit;
        this.ended = ended;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean singleSignOn, long retryAfter);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("logout") String logout) {
        return viewer.page(Templates.login(false, logout != null, singleSignOn, 0), "login");
    }

    /** Checks the password (with the accounts' lockout and audit) and starts a session. */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           RoutingContext routing) {
        SecurityIdentity identity;
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(
                username == null ? "" : username.trim(),
                new PasswordCredential(password == null ? new char[0] : password.toCharArray()));
        request.setAttribute(SignInAttempt.FROM_FORM, true);
        try {
            identity = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(request,
                    routing));
        } catch (AuthenticationFailedException e) {
            OptionalLong wait = SignInAttempt.retryAfter(routing);
            if (wait.isPresent()) {
                return Response.fromResponse(viewer.page(Templates.login(false, false, singleSignOn,
                                wait.getAsLong()), "login",
                        Response.Status.TOO_MANY_REQUESTS)).header("Retry-After", wait.getAsLong()).build();
            }
            return viewer.page(Templates.login(true, false, singleSignOn, 0), "login",
                    Response.Status.UNAUTHORIZED);
        }
        Holder holder = identity.getAttribute(Holder.ATTRIBUTE);
        PageSessions.Started session = sessions.start(holder, address(routing), Instant.now());
        return Response.seeOther(URI.create("/")).cookie(SessionCookie.issue(session.token(), routing.request()))
                .build();
    }

    /** Ends the session on the server and clears its cookie. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(SessionCookie.NAME);
        if (cookie != null && !cookie.getValue().isBlank()) {
            if (sessions.end(cookie.getValue(), Instant.now())) {
                audit.record(viewer.user(), address(routing), "LOGOUT", AuditLog.Outcome.SUCCESS,
                        "account " + viewer.user(), "page session ended");
            }
            ended.fire(new SessionEnded(cookie.getValue()));
        }
        return Response.seeOther(URI.create("/login?logout")).cookie(SessionCookie.cleared(routing.request()))
                .build();
    }

    private static String address(RoutingContext routing) {
        return ClientAddress.of(routing.request());
    }
}
