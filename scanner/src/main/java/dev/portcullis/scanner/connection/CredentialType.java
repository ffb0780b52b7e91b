package dev.portcullis.scanner.connection;

import java.util.Arrays;
import java.util.Optional;

/** How Portcullis authenticates to a tenant. */
public enum CredentialType {
    /** An app registration's client secret, through azure-identity's ClientSecretCredential. */
    CLIENT_SECRET("client_secret"),
    /** An app registration's certificate with its private key (PEM), through ClientCertificateCredential. */
    CLIENT_CERTIFICATE("client_certificate"),
    /** A federated token file (Kubernetes workload identity), through WorkloadIdentityCredential. */
    WORKLOAD_IDENTITY("workload_identity"),
    /** The managed identity of the host Portcullis runs on (system or user-assigned), ManagedIdentityCredential. */
    MANAGED_IDENTITY("managed_identity"),
    /** The signed-in Azure CLI of the host, AzureCliCredential: for local use. */
    AZURE_CLI("azure_cli"),
    /** No authentication: only for a Custom cloud whose ARM endpoint is on loopback (simulator, tests). */
    NONE("none");

    private final String wireName;

    CredentialType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * Whether this credential signs in as Portcullis' own identity (the host's managed identity, its Azure CLI login,
     * its Kubernetes service account) rather than with something the request brings.
     */
    public boolean actsAsTheServer() {
        return this == WORKLOAD_IDENTITY || this == MANAGED_IDENTITY || this == AZURE_CLI;
    }

    /** The wire names, for messages. */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(CredentialType::wireName).toList());
    }

    public static Optional<CredentialType> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
