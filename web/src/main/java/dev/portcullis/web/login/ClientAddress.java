package dev.portcullis.web.login;

import io.vertx.core.http.HttpServerRequest;

/**
 * Where a request came from, for the audit log: the peer address, as seen by this process. Behind a proxy that is the
 * proxy, unless Quarkus is told to trust forwarding headers ({@code quarkus.http.proxy.*}), which it then applies
 * here.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
