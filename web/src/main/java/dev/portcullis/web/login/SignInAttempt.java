package dev.portcullis.web.login;

import io.vertx.ext.web.RoutingContext;
import java.util.OptionalLong;

/**
 * What a sign-in attempt carries between the login form or the API's Basic header and the check of the password: that
 * it comes from the form (never answered from the Basic cache, always audited), and, when refused because its client
 * address failed too often, how long until it may try again.
 */
public final class SignInAttempt {

    /** Set on the authentication request by the login form. */
    public static final String FROM_FORM = "portcullis.sign-in.form";
    private static final String RETRY_AFTER = "portcullis.sign-in.retry-after";

    private SignInAttempt() {
    }

    /** Marks the request's client as throttled, for the answer (429 with {@code Retry-After}) to say so. */
    public static void throttled(RoutingContext routing, long retryAfterSeconds) {
        if (routing != null) {
            routing.put(RETRY_AFTER, retryAfterSeconds);
        }
    }

    /** The seconds to wait, when this request's sign-in was refused for its client's failures. */
    public static OptionalLong retryAfter(RoutingContext routing) {
        Object value = routing == null ? null : routing.get(RETRY_AFTER);
        return value instanceof Long seconds ? OptionalLong.of(seconds) : OptionalLong.empty();
    }
}
