package dev.portcullis.scanner.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.scanner.tenant.CredentialType;
import dev.portcullis.scanner.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ArmSession}s: one shared HTTP client, and per session a pipeline of user agent, retry (which
 * honours {@code Retry-After} on 429), bearer token (unless the credential is {@code none}) and request counting.
 */
@ApplicationScoped
public class ArmSessionFactory {

    private final HttpClient httpClient = HttpClient.createDefault();
    private final RetryOptions retryOptions;

    public ArmSessionFactory(ScannerConfig config) {
        this.retryOptions = new RetryOptions(new ExponentialBackoffOptions()
                .setMaxRetries(config.arm().maxRetries())
                .setBaseDelay(config.arm().retryBaseDelay())
                .setMaxDelay(config.arm().retryMaxDelay()));
    }

    public ArmSession open(TenantConnection connection) {
        ArmRequestCounter counter = new ArmRequestCounter();
        List<HttpPipelinePolicy> policies = new ArrayList<>();
        policies.add(new UserAgentPolicy("portcullis-scanner"));
        policies.add(new RetryPolicy(retryOptions));
        credentialOf(connection).ifPresent(credential -> policies.add(
                new BearerTokenAuthenticationPolicy(credential, scopeOf(connection))));
        policies.add(counter);
        var pipeline = new HttpPipelineBuilder()
                .httpClient(httpClient)
                .policies(policies.toArray(HttpPipelinePolicy[]::new))
                .build();
        AzureProfile profile = new AzureProfile(connection.tenantId(), null, environmentOf(connection));
        return new ArmSession(pipeline, profile, connection.resourceManagerEndpoint(), counter);
    }

    private static java.util.Optional<TokenCredential> credentialOf(TenantConnection connection) {
        if (connection.credentialType() == CredentialType.NONE) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ClientSecretCredentialBuilder()
                .tenantId(connection.tenantId())
                .clientId(connection.clientId())
                .clientSecret(connection.clientSecret())
                .authorityHost(connection.authorityHost().toString())
                .build());
    }

    private static String scopeOf(TenantConnection connection) {
        String endpoint = connection.resourceManagerEndpoint().toString();
        return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + ".default";
    }

    /** Azure's public-cloud endpoints with the tenant's ARM endpoint and authority put in. */
    private static AzureEnvironment environmentOf(TenantConnection connection) {
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        String arm = connection.resourceManagerEndpoint().toString();
        String armWithSlash = arm.endsWith("/") ? arm : arm + "/";
        endpoints.put("resourceManagerEndpointUrl", armWithSlash);
        endpoints.put("managementEndpointUrl", armWithSlash);
        endpoints.put("activeDirectoryEndpointUrl", connection.authorityHost().toString());
        return new AzureEnvironment(endpoints);
    }
}
