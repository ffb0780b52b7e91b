package dev.portcullis.scanner.tenant;

import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.secret.SecretResealing;
import dev.portcullis.persistence.tenant.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Builds a {@link TenantConnection} from a stored tenant, opening its sealed secret. A secret that does not open
 * (its master key is gone) becomes the connection's credential error: that tenant's scans fail with it, the others go
 * on.
 */
@ApplicationScoped
public class TenantConnections {

    private final SecretBox box;

    public TenantConnections(SecretBox box) {
        this.box = box;
    }

    public TenantConnection of(TenantEntity tenant) {
        String secret = null;
        String certificate = null;
        String error = null;
        try {
            if (tenant.clientSecretSealed != null) {
                secret = box.open(tenant.clientSecretSealed, tenant.sealingContext(SecretResealing.CLIENT_SECRET));
            } else {
                secret = tenant.legacyClientSecret;
            }
            if (tenant.clientCertificateSealed != null) {
                certificate = box.open(tenant.clientCertificateSealed,
                        tenant.sealingContext(SecretResealing.CLIENT_CERTIFICATE));
            }
        } catch (SecretBox.SealedSecretException e) {
            error = e.getMessage();
        }
        CredentialType type = CredentialType.fromWireName(tenant.credentialType).orElseThrow();
        return new TenantConnection(tenant.tenantId.toString(),
                CloudName.fromWireName(tenant.cloudName).orElse(CloudName.CUSTOM),
                URI.create(tenant.resourceManagerEndpoint), URI.create(tenant.authorityHost),
                type, type == CredentialType.MANAGED_IDENTITY ? tenant.managedIdentityClientId : tenant.clientId, secret,
                certificate, tenant.federatedTokenFile, error);
    }
}
