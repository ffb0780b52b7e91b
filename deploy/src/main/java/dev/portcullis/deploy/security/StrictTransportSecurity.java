package dev.portcullis.deploy.security;

import dev.portcullis.web.login.SessionCookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HSTS behind TLS: a response to a request that came over TLS (directly, or through a proxy Quarkus trusts) tells the
 * browser to use https only, for a year, subdomains included. Over plain http the header would be ignored, so it is
 * not sent.
 */
@ApplicationScoped
public class StrictTransportSecurity {

    static final String VALUE = "max-age=31536000; includeSubDomains";

    void addWhenOverTls(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (SessionCookie.overTls(context.request())) {
                context.response().putHeader("Strict-Transport-Security", VALUE);
            }
            context.next();
        });
    }
}
