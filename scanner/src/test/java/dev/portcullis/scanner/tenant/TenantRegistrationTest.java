package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.TenantConnection;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.scanner.connection.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantRegistrationTest {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "11111111-2222-3333-4444-555555555555";
    /** The simulator's installation: loopback allowed, as the demo and the tests set it. */
    private static final InstallationPolicy LOOPBACK = new InstallationPolicy(Set.of(), true, Optional.empty());

    private static TenantRegistration custom(String endpoint, String credential) {
        return new TenantRegistration("Lab", TENANT, "Custom", endpoint, endpoint, credential, null, null);
    }

    private static void assertRejects(TenantRegistration registration, String field) {
        assertThatThrownBy(() -> registration.validate(LOOPBACK, true)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }

    @Test
    void noneCredentialIsAcceptedForLoopbackCustomCloud() {
        assertThat(custom("http://127.0.0.1:8089", "none").validate(LOOPBACK, true).credentialType()).isEqualTo(CredentialType.NONE);
        assertThat(custom("http://localhost:8089", "none").validate(LOOPBACK, true).cloud()).isEqualTo(CloudName.CUSTOM);
        assertThat(custom("http://[::1]:8089", "none").validate(LOOPBACK, true).tenantId()).isEqualTo(TENANT);
    }

    @Test
    void noneCredentialIsRefusedForANonLoopbackEndpointEvenOnAnAllowedHost() {
        InstallationPolicy allowing = new InstallationPolicy(Set.of("management.example.com", "10.0.0.5"), true,
                Optional.empty());
        for (String endpoint : new String[] {"https://management.example.com", "https://10.0.0.5:8089"}) {
            assertThatThrownBy(() -> custom(endpoint, "none").validate(allowing, true))
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("credential.type"));
        }
    }

    @Test
    void noneCredentialIsRefusedForPublicCloud() {
        assertRejects(new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, "none", null, null),
                "credential.type");
    }

    @Test
    void tenantIdMustBeAGuid() {
        assertRejects(new TenantRegistration("Lab", "contoso.onmicrosoft.com", "AzureCloud", null, null,
                "client_secret", CLIENT, "s"), "tenantId");
    }

    @Test
    void customCloudNeedsAnEndpointThatIsAUrl() {
        assertRejects(custom("not a url", "none"), "cloud.resourceManagerEndpoint");
        assertRejects(custom(null, "none"), "cloud.resourceManagerEndpoint");
    }

    @Test
    void unknownCloudAndCredentialAreNamed() {
        assertRejects(new TenantRegistration("Lab", TENANT, "Mars", null, null, "none", null, null), "cloud.name");
        assertRejects(new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, "password", null, null),
                "credential.type");
    }

    @Test
    void clientSecretNeedsClientIdAndSecret() {
        assertRejects(new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, "client_secret", null, "s"),
                "credential.clientId");
        assertRejects(new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, "client_secret", CLIENT, ""),
                "credential.clientSecret");
    }

    @Test
    void publicCloudGetsItsOwnEndpoints() {
        TenantConnection connection = new TenantRegistration("Lab", TENANT, "AzureChinaCloud", null, null,
                "client_secret", CLIENT, "secret").validate(LOOPBACK, true);
        assertThat(connection.resourceManagerEndpoint().toString()).isEqualTo("https://management.chinacloudapi.cn");
        assertThat(connection.authorityHost().toString()).isEqualTo("https://login.chinacloudapi.cn");
    }

    @Test
    void secretNeverAppearsInToString() {
        TenantRegistration registration = new TenantRegistration("Lab", TENANT, "AzureCloud", null, null,
                "client_secret", CLIENT, "very-secret-value");
        assertThat(registration.toString()).doesNotContain("very-secret-value");
        assertThat(registration.validate(LOOPBACK, true).toString()).doesNotContain("very-secret-value");
    }
}
