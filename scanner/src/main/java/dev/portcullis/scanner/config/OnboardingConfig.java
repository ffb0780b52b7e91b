package dev.portcullis.scanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/**
 * What onboarding may reach, under {@code portcullis.onboarding}: installation-level powers, set by whoever runs
 * Portcullis, never by a request.
 */
@ConfigMapping(prefix = "portcullis.onboarding")
public interface OnboardingConfig {

    /** Host names a Custom cloud's endpoints may use ({@code PORTCULLIS_CUSTOM_CLOUD_HOSTS}); none by default. */
    Optional<Set<String>> customCloudHosts();

    /**
     * Whether a Custom cloud may point at loopback ({@code PORTCULLIS_ALLOW_LOOPBACK_CLOUDS}): for the built-in
     * simulator (the demo and the tests), never in production.
     */
    @WithDefault("false")
    boolean allowLoopbackClouds();

    /** The federated token file a workload identity reads ({@code AZURE_FEDERATED_TOKEN_FILE}, set by AKS). */
    Optional<String> federatedTokenFile();
}
