package dev.portcullis.deploy.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token presented as {@code Authorization: Bearer <token>}. */
final class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    ApiTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
