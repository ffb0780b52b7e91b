package dev.portcullis.scanner.connection;

import java.net.URI;

/**
 * Everything needed to talk to one tenant's ARM endpoint. {@link #toString()} never prints the secret.
 *
 * @param clientId           the app's client id; for a managed identity, the user-assigned one (null: system-assigned)
 * @param certificatePem     the certificate with its private key, for {@code client_certificate}
 * @param credentialError    why no credential can be built (a sealed secret that does not open, endpoints this
 *                           installation no longer allows); null when it can
 */
public record TenantConnection(String tenantId, CloudName cloud, URI resourceManagerEndpoint, URI authorityHost,
                               CredentialType credentialType, String clientId, String clientSecret,
                               String certificatePem, String credentialError) {

    @Override
    public String toString() {
        return "TenantConnection[tenantId=" + tenantId + ", cloud=" + cloud.wireName() + ", resourceManagerEndpoint="
                + resourceManagerEndpoint + ", credentialType=" + credentialType.wireName() + ", clientId=" + clientId
                + "]";
    }
}
