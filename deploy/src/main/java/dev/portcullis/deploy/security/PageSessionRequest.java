package dev.portcullis.deploy.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A page session's token, from its cookie. */
final class PageSessionRequest extends BaseAuthenticationRequest {

    private final String token;

    PageSessionRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
