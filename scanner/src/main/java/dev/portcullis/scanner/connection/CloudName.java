package dev.portcullis.scanner.connection;

import java.util.Arrays;
import java.util.Optional;

/** The Azure clouds a tenant can live in, with their ARM and Entra ID endpoints. */
public enum CloudName {
    AZURE_CLOUD("AzureCloud", "https://management.azure.com", "https://login.microsoftonline.com"),
    AZURE_CHINA_CLOUD("AzureChinaCloud", "https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn"),
    AZURE_US_GOVERNMENT("AzureUSGovernment", "https://management.usgovcloudapi.net", "https://login.microsoftonline.us"),
    CUSTOM("Custom", null, null);

    private final String wireName;
    private final String resourceManagerEndpoint;
    private final String authorityHost;

    CloudName(String wireName, String resourceManagerEndpoint, String authorityHost) {
        this.wireName = wireName;
        this.resourceManagerEndpoint = resourceManagerEndpoint;
        this.authorityHost = authorityHost;
    }

    /** The name as the API and Azure write it ({@code AzureCloud}). */
    public String wireName() {
        return wireName;
    }

    public String resourceManagerEndpoint() {
        return resourceManagerEndpoint;
    }

    public String authorityHost() {
        return authorityHost;
    }

    public static Optional<CloudName> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
