package dev.portcullis.scanner.tenant;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.net.UnknownHostException;
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

    /** The validated connection, or an {@link InvalidFieldException} naming the field. */
    public TenantConnection validate() {
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
            arm = requireUrl("cloud.resourceManagerEndpoint", resourceManagerEndpoint);
            authority = requireUrl("cloud.authorityHost", authorityHost);
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
        if (credential == CredentialType.NONE) {
            if (cloud != CloudName.CUSTOM || !isLoopback(arm)) {
                throw new InvalidFieldException("credential.type",
                        "credential type none is only accepted for a Custom cloud whose endpoint is on loopback");
            }
            return new TenantConnection(tenantId.toLowerCase(Locale.ROOT), cloud, arm, authority, credential, null,
                    null, null, null, null);
        }
        if (!"https".equals(arm.getScheme()) && !isLoopback(arm)) {
            throw new InvalidFieldException("cloud.resourceManagerEndpoint", "a credential is only sent over https");
        }
        if (!"https".equals(authority.getScheme()) && !isLoopback(authority)) {
            throw new InvalidFieldException("cloud.authorityHost", "a credential is only sent over https");
        }
        String client = null;
        String secret = null;
        String certificate = null;
        String tokenFile = null;
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
                tokenFile = requireReadableFile("credential.federatedTokenFile", federatedTokenFile);
            }
            case MANAGED_IDENTITY -> client = clientId == null || clientId.isBlank() ? null
                    : requireGuid("credential.clientId", clientId);
            default -> {
            }
        }
        return new TenantConnection(tenantId.toLowerCase(Locale.ROOT), cloud, arm, authority, credential, client,
                secret, certificate, tokenFile, null);
    }

    private static String requireReadableFile(String field, String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidFieldException(field, field + " is required: the path of the federated token file"
                    + " (AZURE_FEDERATED_TOKEN_FILE on AKS)");
        }
        if (!Files.isReadable(Path.of(path))) {
            throw new InvalidFieldException(field, field + " " + path + " cannot be read by Portcullis");
        }
        return path;
    }

    private static String requireGuid(String field, String value) {
        if (value == null || !GUID.matcher(value).matches()) {
            throw new InvalidFieldException(field, field + " must be a GUID");
        }
        UUID.fromString(value);
        return value;
    }

    private static URI requireUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required for a Custom cloud");
        }
        try {
            URI uri = new URI(value);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new InvalidFieldException(field, field + " must be an absolute http(s) URL without query");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, field + " is not a URL");
        }
    }

    /** True for localhost, 127.0.0.0/8 and ::1, without asking DNS for anything else. */
    static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        boolean literal = bare.matches("[0-9.]+") || bare.contains(":");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
