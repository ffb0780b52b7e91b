package dev.portcullis.persistence.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An onboarded Entra ID tenant: where its ARM endpoint is and how Portcullis authenticates to it. */
@Entity
@Table(name = "tenant")
public class TenantEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, unique = true)
    public UUID tenantId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "cloud_name", nullable = false)
    public String cloudName;

    @Column(name = "resource_manager_endpoint", nullable = false)
    public String resourceManagerEndpoint;

    @Column(name = "authority_host", nullable = false)
    public String authorityHost;

    @Column(name = "credential_type", nullable = false)
    public String credentialType;

    @Column(name = "client_id")
    public String clientId;

    /** A plaintext secret stored before sealing existed: sealed and emptied at start ({@code SecretResealing}). */
    @Column(name = "client_secret")
    public String legacyClientSecret;

    /** The client secret, sealed ({@code SecretBox}); opened only to build the scanner's credential. */
    @Column(name = "client_secret_sealed")
    public String clientSecretSealed;

    /** The certificate with its private key (PEM), sealed. */
    @Column(name = "client_certificate_sealed")
    public String clientCertificateSealed;

    /** A user-assigned managed identity's client id; null for the system-assigned identity. */
    @Column(name = "managed_identity_client_id")
    public String managedIdentityClientId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The management group the tenant was onboarded by; null for the whole tenant. */
    @Column(name = "management_group_id")
    public String managementGroupId;

    /** When the tenant was offboarded with its history kept; null while onboarded. */
    @Column(name = "offboarded_at")
    public Instant offboardedAt;

    /** The context a sealed field of this tenant is bound to, so it does not open as another tenant's or field. */
    public String sealingContext(String field) {
        return "tenant " + id + " " + field;
    }

    public static Optional<TenantEntity> findByTenantId(UUID tenantId) {
        return find("tenantId", tenantId).firstResultOptional();
    }
}
