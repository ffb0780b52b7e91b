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

    /** Never leaves the scanner's credential factory; sealing at rest comes with the access-control work. */
    @Column(name = "client_secret")
    public String clientSecret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<TenantEntity> findByTenantId(UUID tenantId) {
        return find("tenantId", tenantId).firstResultOptional();
    }
}
