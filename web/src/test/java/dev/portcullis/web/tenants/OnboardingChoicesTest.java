package dev.portcullis.web.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcullis.scanner.connection.InstallationPolicy;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnboardingChoicesTest {

    private static final InstallationPolicy STACK_HUB = new InstallationPolicy(Set.of("management.local.azurestack"),
            false, Optional.of("/var/run/secrets/azure/tokens/azure-identity-token"));
    private static final InstallationPolicy SIMULATOR = new InstallationPolicy(Set.of(), true, Optional.empty());

    @Test
    void anInstallationWithoutCustomHostsNeverOffersACustomCloudOrItsEndpoints() {
        OnboardingChoices choices = OnboardingChoices.of(InstallationPolicy.publicCloudsOnly(), true);

        assertThat(choices.clouds()).containsExactly("AzureCloud", "AzureChinaCloud", "AzureUSGovernment");
        assertThat(choices.cloudOrDefault("Custom")).isEqualTo("AzureCloud");
        assertThat(choices.credentialTypes()).containsExactly("client_secret", "client_certificate",
                "managed_identity", "azure_cli");
    }

    @Test
    void customCloudsAllowedByTheInstallationAreOfferedOnlyToAnAdminOverEveryTenant() {
        assertThat(OnboardingChoices.of(STACK_HUB, true).clouds()).contains("Custom");
        assertThat(OnboardingChoices.of(STACK_HUB, true).credentialTypes()).contains("workload_identity")
                .doesNotContain("none");
        assertThat(OnboardingChoices.of(SIMULATOR, true).credentialTypes()).contains("none")
                .doesNotContain("workload_identity");

        OnboardingChoices operator = OnboardingChoices.of(SIMULATOR, false);
        assertThat(operator.clouds()).doesNotContain("Custom");
        assertThat(operator.credentialTypes()).containsExactly("client_secret", "client_certificate");
        assertThat(operator.serverIdentitiesWithheld()).isTrue();
        assertThat(operator.credentialTypeOrDefault("managed_identity")).isEqualTo("client_secret");
    }
}
