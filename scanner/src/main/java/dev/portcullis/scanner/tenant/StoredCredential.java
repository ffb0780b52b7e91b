package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.secret.SecretResealing;
import dev.portcullis.persistence.tenant.TenantEntity;

/** Writes a validated connection's credential into a tenant row, sealing its secret or private key. */
final class StoredCredential {

    private StoredCredential() {
    }

    /** Whether the credential holds something that must be sealed. */
    static boolean needsSealing(TenantConnection connection) {
        return connection.clientSecret() != null || connection.certificatePem() != null;
    }

    static void write(TenantEntity tenant, TenantConnection connection, SecretBox box) {
        boolean managed = connection.credentialType() == CredentialType.MANAGED_IDENTITY;
        tenant.credentialType = connection.credentialType().wireName();
        tenant.clientId = managed ? null : connection.clientId();
        tenant.managedIdentityClientId = managed ? connection.clientId() : null;
        tenant.legacyClientSecret = null;
        tenant.clientSecretSealed = connection.clientSecret() == null ? null
                : box.seal(connection.clientSecret(), tenant.sealingContext(SecretResealing.CLIENT_SECRET));
        tenant.clientCertificateSealed = connection.certificatePem() == null ? null
                : box.seal(connection.certificatePem(), tenant.sealingContext(SecretResealing.CLIENT_CERTIFICATE));
    }
}
