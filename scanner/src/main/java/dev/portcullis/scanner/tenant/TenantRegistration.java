package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.scanner.connection.InvalidFieldException;
import dev.portcullis.persistence.access.AccessRuleException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A tenant as an operator asks to onboard it, before validation. {@link #validate()} names the first offending
 * field, so the API can say exactly what to fix.
 */
public record TenantRegistration(String displayName, String tenantId, String cloudName, String resourceManagerEndpoint,
                                 String authorityHost, String credentialType, String clientId, String clientSecret,
                                 String certificatePem, String federatedTokenFile, String managementGroupId) {

    /** A registration whose credential is a client secret, none, or needs no more than a client id. */
    public TenantRegistration(String displayName, String tenantId, String cloudName, String resourceManagerEndpoint,
                              String authorityHost, String credentialType, String clientId, String clientSecret) {
        this(displayName, tenantId, cloudName, resourceManagerEndpoint, authorityHost, credentialType, clientId,
                clientSecret, null, null, null);
    }

    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final int MAX_NAME = 200;

    @Override
    public String toString() {
        return "TenantRegistration[displayName=" + displayName + ", tenantId=" + tenantId + ", cloud=" + cloudName
                + ", credentialType=" + credentialType + ", clientId=" + clientId
                + (federatedTokenFile == null ? "" : ", federatedTokenFile=" + federatedTokenFile)
                + (managementGroupId == null ? "" : ", managementGroupId=" + managementGroupId) + "]";
    }

    /**
     * The validated connection of a tenant to onboard, or an exception naming the field.
     *
     * @param fullAdmin whether the caller holds ADMIN over every tenant: only they may choose endpoints (a Custom
     *                  cloud) or lend the server's own identity (managed identity, Azure CLI, workload identity)
     * @throws InvalidFieldException for a value that does not validate or that the installation does not allow
     * @throws AccessRuleException   DENIED for what only an ADMIN over every tenant may do
     */
    public TenantConnection validate(InstallationPolicy policy, boolean fullAdmin) {
        return validate(policy, fullAdmin, true);
    }

    /**
     * The validated connection for a new credential of an onboarded tenant, whose cloud and endpoints were chosen at
     * onboarding (they are still checked against the installation's policy).
     */
    public TenantConnection validateNewCredential(InstallationPolicy policy, boolean fullAdmin) {
        return validate(policy, fullAdmin, false);
    }

    private TenantConnection validate(InstallationPolicy policy, boolean fullAdmin, boolean choosingEndpoints) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidFieldException("displayName", "displayName is required");
        }
        if (displayName.length() > MAX_NAME) {
            throw new InvalidFieldException("displayName", "displayName is longer than " + MAX_NAME + " characters");
        }
        requireGuid("tenantId", tenantId);
        if (managementGroupId != null) {
            ManagementGroupId.require(managementGroupId);
        }
        CloudName cloud = CloudName.fromWireName(cloudName).orElseThrow(() -> new InvalidFieldException("cloud.name",
                "cloud.name must be AzureCloud, AzureChinaCloud, AzureUSGovernment or Custom"));
        URI arm;
        URI authority;
        if (cloud == CloudName.CUSTOM) {
            if (choosingEndpoints && !fullAdmin) {
                throw AccessRuleException.denied("cloud.name", "a Custom cloud names the hosts Portcullis sends"
                        + " credentials to: only an ADMIN over every tenant may onboard one");
            }
            arm = policy.customEndpoint("cloud.resourceManagerEndpoint", resourceManagerEndpoint, false);
            authority = policy.customEndpoint("cloud.authorityHost", authorityHost, true);
        } else {
            if (resourceManagerEndpoint != null || authorityHost != null) {
                throw new InvalidFieldException(resourceManagerEndpoint != null ? "cloud.resourceManagerEndpoint"
                        : "cloud.authorityHost", "endpoints can only be given for a Custom cloud");
            }
            arm = URI.create(cloud.resourceManagerEndpoint());
            authority = URI.create(cloud.authorityHost());
        }
        CredentialType credential = CredentialType.fromWireName(credentialType).orElseThrow(
                () -> new InvalidFieldException("credential.type", "credential.type must be one of "
                        + CredentialType.wireNames()));
        if (credential.actsAsTheServer() && !fullAdmin) {
            throw AccessRuleException.denied("credential.type", "credential type " + credential.wireName()
                    + " signs in as Portcullis' own identity: only an ADMIN over every tenant may use it");
        }
        if (credential == CredentialType.NONE) {
            if (cloud != CloudName.CUSTOM || !InstallationPolicy.isLoopback(arm)
                    || !InstallationPolicy.isLoopback(authority)) {
                throw new InvalidFieldException("credential.type",
                        "credential type none is only accepted for a Custom cloud whose endpoints are on loopback");
            }
            return new TenantConnection(tenantId.toLowerCase(Locale.ROOT), cloud, arm, authority, credential, null,
                    null, null, null);
        }
        if (!"https".equals(arm.getScheme()) && !InstallationPolicy.isLoopback(arm)) {
            throw new InvalidFieldException("cloud.resourceManagerEndpoint", "a credential is only sent over https");
        }
        if (!"https".equals(authority.getScheme()) && !InstallationPolicy.isLoopback(authority)) {
            throw new InvalidFieldException("cloud.authorityHost", "a credential is only sent over https");
        }
        String client = null;
        String secret = null;
        String certificate = null;
        switch (credential) {
            case CLIENT_SECRET -> {
                client = requireGuid("credential.clientId", clientId);
                if (clientSecret == null || clientSecret.isBlank()) {
                    throw new InvalidFieldException("credential.clientSecret", "credential.clientSecret is required");
                }
                secret = clientSecret;
            }
            case CLIENT_CERTIFICATE -> {
                client = requireGuid("credential.clientId", clientId);
                CertificatePem.check(certificatePem, Instant.now());
                certificate = certificatePem;
            }
            case WORKLOAD_IDENTITY -> {
                client = requireGuid("credential.clientId", clientId);
                policy.tokenFileFor(federatedTokenFile);
            }
            case MANAGED_IDENTITY -> client = clientId == null || clientId.isBlank() ? null
                    : requireGuid("credential.clientId", clientId);
            default -> {
            }
        }
        return new TenantConnection(tenantId.toLowerCase(Locale.ROOT), cloud, arm, authority, credential, client,
                secret, certificate, null);
    }

    private static String requireGuid(String field, String value) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw new InvalidFieldException(field, field + " must be a GUID");
        }
        UUID.fromString(value);
        return value;
    }
}
