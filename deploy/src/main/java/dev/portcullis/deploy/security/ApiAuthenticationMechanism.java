package dev.portcullis.deploy.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portcullis.api.problem.Problem;
import dev.portcullis.web.login.SignInAttempt;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How the API authenticates: {@code Authorization: Basic} with a local account, or {@code Authorization: Bearer}
 * with an API token. The API takes no cookie, so a page a signed-in person visits elsewhere cannot call it on their
 * behalf; and its 401 challenges for Bearer only, so no browser is ever led to cache a password for it. Its 401 and
 * 429 carry a problem body like every other refusal of the API.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The name the path permission for {@code /api/*} selects this mechanism by. */
    public static final String SCHEME = "api";
    private static final String BASIC = "basic ";
    private static final String BEARER = "bearer ";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        AuthenticationRequest request = header == null ? null : requestOf(header);
        if (request == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    private static AuthenticationRequest requestOf(String header) {
        String lower = header.length() > 7 ? header.substring(0, 7).toLowerCase(java.util.Locale.ROOT) : "";
        if (lower.equals(BEARER)) {
            return new ApiTokenRequest(header.substring(BEARER.length()).trim());
        }
        if (lower.startsWith(BASIC)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        OptionalLong wait = SignInAttempt.retryAfter(context);
        if (wait.isPresent()) {
            return Uni.createFrom().item(new ChallengeData(429, "Retry-After", Long.toString(wait.getAsLong())));
        }
        // Bearer only: a browser that met "Basic" would prompt for a password and then send it with every request to
        // the API on its own (cached credentials are ambient authority). Clients that send Basic keep working.
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Portcullis\""));
    }

    /** The challenge's status and header, with an {@code application/problem+json} body that says what to do. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            HttpServerResponse response = context.response();
            response.setStatusCode(challenge.status);
            challenge.getHeaders().forEach(response.headers()::set);
            String detail = challenge.status == 429
                    ? "Too many failed sign-ins from this address: try again after Retry-After seconds"
                    : "Sign in with HTTP Basic (a local account) or Bearer (an API token)";
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(problem(challenge.status, detail));
            return true;
        });
    }

    private static String problem(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        try {
            return JSON.writeValueAsString(new Problem("about:blank",
                    known == null ? "Error" : known.getReasonPhrase(), status, detail, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
