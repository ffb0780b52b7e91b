package dev.portcullis.scanner.tenant;

import dev.portcullis.persistence.tenant.TenantEntity;
import java.net.URI;

/** Builds a {@link TenantConnection} from a stored tenant. */
public final class TenantConnections {

    private TenantConnections() {
    }

    public static TenantConnection of(TenantEntity tenant) {
        return new TenantConnection(tenant.tenantId.toString(),
                CloudName.fromWireName(tenant.cloudName).orElse(CloudName.CUSTOM),
                URI.create(tenant.resourceManagerEndpoint), URI.create(tenant.authorityHost),
                CredentialType.fromWireName(tenant.credentialType).orElseThrow(), tenant.clientId,
                tenant.clientSecret);
    }
}
