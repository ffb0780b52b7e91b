package dev.portcullis.scanner.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.HttpClientOptions;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import dev.portcullis.scanner.config.ScannerConfig;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ArmSession}s: one shared HTTP client with request timeouts, and per session a pipeline of the ARM host
 * check (nothing leaves for another host, whatever link ARM answers with), the session's deadline, user agent, retry
 * (which honours a bounded {@code Retry-After} on 429), read pacing (a pause when ARM's remaining reads run low),
 * bearer token (unless the credential is {@code none}) and request counting, which also reports to the
 * installation's metrics ({@link ArmTraffic}) under the tenant's directory id.
 */
@ApplicationScoped
public class ArmSessionFactory {

    private final HttpClient httpClient;
    private final RetryOptions retryOptions;
    private final InstallationPolicy installation;
    private final Duration sessionBudget;
    private final int maxPagesPerList;
    private final int remainingReadsThreshold;
    private final ArmTraffic traffic;

    public ArmSessionFactory(ScannerConfig config, InstallationPolicy installation, ArmTraffic traffic) {
        this.installation = installation;
        this.traffic = traffic;
        this.remainingReadsThreshold = config.arm().remainingReadsThreshold();
        this.sessionBudget = config.subscriptionTimeout();
        this.maxPagesPerList = config.maxPagesPerList();
        Duration timeout = config.arm().requestTimeout();
        this.httpClient = HttpClient.createDefault(new HttpClientOptions().setConnectTimeout(timeout)
                .setWriteTimeout(timeout).setResponseTimeout(timeout).setReadTimeout(timeout));
        ExponentialBackoffOptions backoff = new ExponentialBackoffOptions()
                .setMaxRetries(config.arm().maxRetries())
                .setBaseDelay(config.arm().retryBaseDelay())
                .setMaxDelay(config.arm().retryMaxDelay());
        ExponentialBackoff strategy = new ExponentialBackoff(backoff);
        Duration longestWait = config.arm().retryMaxDelay();
        // A Retry-After longer than we would ever wait is an answer, not a delay: the read fails now (a hostile or
        // broken endpoint saying "retry in a day" must not hold a collection thread for a day).
        this.retryOptions = new RetryOptions(backoff).setShouldRetryCondition(condition ->
                strategy.shouldRetryCondition(condition) && RetryAfter.within(condition.getResponse(), longestWait));
    }

    /** A session for a collection, discovery or self-check, which stops after the subscription timeout. */
    public ArmSession open(TenantConnection connection) {
        return open(connection, Instant.now().plus(sessionBudget));
    }

    /** A session whose requests are refused after {@code deadline}. */
    public ArmSession open(TenantConnection connection, Instant deadline) {
        if (connection.credentialError() != null) {
            throw new ArmCallException("No credential for tenant " + connection.tenantId() + ": "
                    + connection.credentialError());
        }
        Optional<TokenCredential> credential = credentialOf(connection);
        // A credential only goes out over https: a loopback http endpoint (the simulator) is addressed as https and
        // sent as http by LoopbackHttps. Without a credential, http is used as it is.
        boolean loopback = credential.isPresent() && LoopbackHttps.applies(connection.resourceManagerEndpoint());
        URI arm = loopback ? LoopbackHttps.asHttps(connection.resourceManagerEndpoint())
                : connection.resourceManagerEndpoint();
        ArmTraffic.Observer observer = traffic.of(connection.tenantId());
        ArmRequestCounter counter = new ArmRequestCounter(observer);
        ArmReadPacing pacing = new ArmReadPacing(remainingReadsThreshold, observer);
        List<HttpPipelinePolicy> policies = new ArrayList<>();
        if (loopback) {
            policies.add(LoopbackHttps.UPGRADE);
        }
        policies.add(new ArmHostOnly(arm));
        policies.add(new ArmDeadline(deadline, sessionBudget));
        policies.add(new UserAgentPolicy("portcullis-scanner"));
        policies.add(new RetryPolicy(retryOptions));
        policies.add(pacing);
        credential.ifPresent(c -> policies.add(new BearerTokenAuthenticationPolicy(c, scopeOf(arm))));
        policies.add(counter);
        var pipeline = new HttpPipelineBuilder()
                .httpClient(loopback ? new LoopbackHttps(httpClient) : httpClient)
                .policies(policies.toArray(HttpPipelinePolicy[]::new))
                .build();
        AzureProfile profile = new AzureProfile(connection.tenantId(), null,
                environmentOf(arm, connection.authorityHost()));
        return new ArmSession(pipeline, profile, arm, counter, pacing, maxPagesPerList);
    }

    /**
     * The tenant's credential through azure-identity's own class for its type. Entra ID on loopback (the simulator's)
     * is addressed as https and sent as http, like ARM, with instance discovery off (it knows no such authority).
     */
    private Optional<TokenCredential> credentialOf(TenantConnection connection) {
        URI authority = connection.authorityHost();
        boolean loopback = LoopbackHttps.applies(authority);
        String authorityHost = (loopback ? LoopbackHttps.asHttps(authority) : authority).toString();
        HttpClient client = loopback ? new LoopbackHttps(httpClient) : httpClient;
        return Optional.ofNullable(switch (connection.credentialType()) {
            case NONE -> null;
            case CLIENT_SECRET -> entra(new ClientSecretCredentialBuilder()
                    .tenantId(connection.tenantId())
                    .clientId(connection.clientId())
                    .clientSecret(connection.clientSecret()), authorityHost, client, loopback).build();
            case CLIENT_CERTIFICATE -> entra(new ClientCertificateCredentialBuilder()
                    .tenantId(connection.tenantId())
                    .clientId(connection.clientId())
                    .pemCertificate(new ByteArrayInputStream(connection.certificatePem()
                            .getBytes(StandardCharsets.US_ASCII))), authorityHost, client, loopback).build();
            case WORKLOAD_IDENTITY -> entra(new WorkloadIdentityCredentialBuilder()
                    .tenantId(connection.tenantId())
                    .clientId(connection.clientId())
                    // TenantConnections refuses a workload identity when no token file is configured
                    .tokenFilePath(installation.federatedTokenFile().orElseThrow()), authorityHost, client,
                    loopback).build();
            case MANAGED_IDENTITY -> new ManagedIdentityCredentialBuilder()
                    .clientId(connection.clientId())
                    .httpClient(httpClient)
                    .retryOptions(retryOptions)
                    .build();
            case AZURE_CLI -> new AzureCliCredentialBuilder().tenantId(connection.tenantId()).build();
        });
    }

    private <T extends AadCredentialBuilderBase<T>> T entra(T builder, String authorityHost, HttpClient client,
                                                            boolean loopback) {
        builder.authorityHost(authorityHost).httpClient(client).retryOptions(retryOptions);
        if (loopback) {
            builder.disableInstanceDiscovery();
        }
        return builder;
    }

    private static String scopeOf(URI arm) {
        String endpoint = arm.toString();
        return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + ".default";
    }

    /** Azure's public-cloud endpoints with the tenant's ARM endpoint and authority put in. */
    private static AzureEnvironment environmentOf(URI armEndpoint, URI authorityHost) {
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        String arm = armEndpoint.toString();
        String armWithSlash = arm.endsWith("/") ? arm : arm + "/";
        endpoints.put("resourceManagerEndpointUrl", armWithSlash);
        endpoints.put("managementEndpointUrl", armWithSlash);
        endpoints.put("activeDirectoryEndpointUrl", authorityHost.toString());
        return new AzureEnvironment(endpoints);
    }
}
