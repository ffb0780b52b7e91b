package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.secret.SecretResealing;
import dev.portcullis.persistence.tenant.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Builds a {@link TenantConnection} from a stored tenant, opening its sealed secret. A secret that does not open
 * (its master key is gone), or endpoints the installation no longer allows, become the connection's credential error:
 * that tenant's scans fail with it, the others go on.
 */
@ApplicationScoped
public class TenantConnections {

    private final SecretBox box;
    private final InstallationPolicy policy;

    public TenantConnections(SecretBox box, InstallationPolicy policy) {
        this.box = box;
        this.policy = policy;
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
        CloudName cloud = CloudName.fromWireName(tenant.cloudName).orElse(CloudName.CUSTOM);
        URI arm = URI.create(tenant.resourceManagerEndpoint);
        URI authority = URI.create(tenant.authorityHost);
        if (error == null) {
            error = policy.refusal(cloud, arm, authority).orElse(null);
        }
        if (error == null && type == CredentialType.WORKLOAD_IDENTITY && policy.federatedTokenFile().isEmpty()) {
            error = "this installation has no federated token file (AZURE_FEDERATED_TOKEN_FILE is not set) for the"
                    + " tenant's workload identity";
        }
        return new TenantConnection(tenant.tenantId.toString(), cloud, arm, authority, type,
                type == CredentialType.MANAGED_IDENTITY ? tenant.managedIdentityClientId : tenant.clientId, secret,
                certificate, error);
    }
}
