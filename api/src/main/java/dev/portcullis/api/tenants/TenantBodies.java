package dev.portcullis.api.tenants;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies {@link TenantResource} takes, as the OpenAPI document shows them. The resource reads them by hand (so
 * each bad field gets a problem naming it); these records only document their shape.
 */
final class TenantBodies {

    private TenantBodies() {
    }

    @Schema(name = "TenantOnboarding", description = "A tenant to onboard; its subscriptions are discovered")
    record Onboarding(
            @Schema(required = true, maxLength = 200) String displayName,
            @Schema(required = true, description = "The Entra tenant id", format = "uuid") String tenantId,
            @Schema(required = true) Cloud cloud,
            @Schema(required = true) Credential credential,
            @Schema(description = "Onboard the subscriptions under this management group only")
            String managementGroupId) {
    }

    @Schema(name = "TenantCloud", description = "Endpoints are given for a Custom cloud only, on hosts the"
            + " installation allows; only an ADMIN over every tenant may choose Custom")
    record Cloud(
            @Schema(required = true, enumeration = {"AzureCloud", "AzureChinaCloud", "AzureUSGovernment", "Custom"})
            String name,
            @Schema(format = "uri") String resourceManagerEndpoint,
            @Schema(format = "uri") String authorityHost) {
    }

    @Schema(name = "TenantCredential", description = "client_secret needs clientId and clientSecret;"
            + " client_certificate clientId and certificate (PEM, with its key); workload_identity clientId;"
            + " managed_identity an optional clientId. managed_identity, workload_identity and azure_cli sign in as"
            + " the server itself: only an ADMIN over every tenant may use them. Secrets are sealed, never answered")
    record Credential(
            @Schema(required = true, enumeration = {"client_secret", "client_certificate", "workload_identity",
                    "managed_identity", "azure_cli", "none"}) String type,
            @Schema(format = "uuid") String clientId,
            @Schema(format = "password") String clientSecret,
            @Schema(description = "PEM certificate and private key", format = "password") String certificate,
            @Schema(description = "Leave out: a workload identity reads the server's AZURE_FEDERATED_TOKEN_FILE")
            String federatedTokenFile) {
    }

    @Schema(name = "TenantCredentialChange", description = "The new credential must list the tenant's subscriptions"
            + " before it replaces the old one")
    record CredentialChange(@Schema(required = true) Credential credential) {
    }

    @Schema(name = "SubscriptionSwitch", description = "false stops the subscription's scans; its history stays")
    record SubscriptionSwitch(@Schema(required = true) boolean enabled) {
    }
}
