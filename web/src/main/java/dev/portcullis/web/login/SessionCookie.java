package dev.portcullis.web.login;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.NewCookie;

/**
 * The page session cookie: the session's random token, HttpOnly, SameSite=Strict, Secure when the request came over
 * TLS, and without Max-Age, so the browser forgets it when it closes (the server ends it after 30 idle minutes or
 * 12 hours anyway).
 */
public final class SessionCookie {

    public static final String NAME = "portcullis-session";

    private SessionCookie() {
    }

    public static NewCookie issue(String token, HttpServerRequest request) {
        return builder(request).value(token).build();
    }

    static NewCookie cleared(HttpServerRequest request) {
        return builder(request).value("").maxAge(0).build();
    }

    /** Whether the request came over TLS (directly, or through a proxy Quarkus is told to trust). */
    public static boolean overTls(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }

    private static NewCookie.Builder builder(HttpServerRequest request) {
        return new NewCookie.Builder(NAME).path("/").httpOnly(true).secure(overTls(request))
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
