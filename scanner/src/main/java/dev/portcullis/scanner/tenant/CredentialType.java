package dev.portcullis.scanner.tenant;

import java.util.Arrays;
import java.util.Optional;

/** How Portcullis authenticates to a tenant. */
public enum CredentialType {
    /** An app registration's client secret, through azure-identity's ClientSecretCredential. */
    CLIENT_SECRET("client_secret"),
    /** No authentication: only for a Custom cloud whose ARM endpoint is on loopback (simulator, tests). */
    NONE("none");

    private final String wireName;

    CredentialType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CredentialType> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
