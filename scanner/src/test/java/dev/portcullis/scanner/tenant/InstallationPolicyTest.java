package dev.portcullis.scanner.tenant;

import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.scanner.connection.InstallationPolicy;
import dev.portcullis.scanner.connection.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.persistence.access.AccessRuleException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoints, files and identities a request may not choose: the installation's policy decides them. */
class InstallationPolicyTest {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "11111111-2222-3333-4444-555555555555";
    private static final InstallationPolicy STACK_HUB = new InstallationPolicy(
            Set.of("management.local.azurestack.external", " ADFS.local.azurestack.external "), false,
            Optional.of("/var/run/secrets/azure/tokens/azure-identity-token"));
    private static final InstallationPolicy SIMULATOR = new InstallationPolicy(Set.of(), true, Optional.empty());

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "https://management.local.azurestack.external,          arm",
            "https://management.local.azurestack.external:443/,     arm",
            "https://adfs.local.azurestack.external/adfs,            authority",
            "https://adfs.local.azurestack.external/adfs/,           authority",
            "https://ADFS.local.azurestack.external,                 authority"})
    void anEndpointOnAConfiguredHostIsAccepted(String endpoint, String role) {
        assertThat(STACK_HUB.customEndpoint("field", endpoint, role.equals("authority"))).isNotNull();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
            "https://attacker.example,                                  authority, not one this installation allows",
            "https://attacker.example/adfs,                             authority, not one this installation allows",
            "https://management.local.azurestack.external.attacker.example, arm, not one this installation allows",
            "http://management.local.azurestack.external,               arm,       must use https",
            "https://management.local.azurestack.external/adfs,         arm,       takes no path",
            "https://adfs.local.azurestack.external/adfs/../../x,       authority, only a plain path",
            "https://adfs.local.azurestack.external/%2e%2e/token,       authority, only a plain path",
            "https://user@adfs.local.azurestack.external,               authority, without user",
            "https://adfs.local.azurestack.external?x=1,                authority, without user, query",
            "https://127.0.0.1:8443,                                    arm,       PORTCULLIS_ALLOW_LOOPBACK_CLOUDS",
            "http://localhost:8089/adfs,                                authority, PORTCULLIS_ALLOW_LOOPBACK_CLOUDS",
            "file:///etc/passwd,                                        arm,       must be https://host",
            "not a url,                                                 arm,       not a URL"})
    void anEndpointTheInstallationDoesNotAllowIsRefusedNamingTheField(String endpoint, String role, String why) {
        assertThatThrownBy(() -> STACK_HUB.customEndpoint("cloud.x", endpoint, role.equals("authority")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("cloud.x");
                    assertThat(e.getMessage()).contains(why);
                });
    }

    @Test
    void loopbackIsAcceptedOnlyWhereAllowedAndNeverWithAPathSuchAsAdfs() {
        assertThat(SIMULATOR.customEndpoint("f", "http://127.0.0.1:8089", false)).hasPort(8089);
        assertThat(SIMULATOR.customEndpoint("f", "https://[::1]:9443/", true)).hasHost("[::1]");
        assertThatThrownBy(() -> SIMULATOR.customEndpoint("f", "https://localhost:8443/adfs", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("no path");
        assertThatThrownBy(() -> SIMULATOR.customEndpoint("f", "https://management.azure.com", false))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("PORTCULLIS_CUSTOM_CLOUD_HOSTS");
    }

    @Test
    void aWorkloadIdentityReadsOnlyTheServersTokenFileNeverOneARequestNames() {
        assertThat(STACK_HUB.tokenFileFor(null)).isEqualTo("/var/run/secrets/azure/tokens/azure-identity-token");
        assertThat(STACK_HUB.tokenFileFor("/var/run/secrets/azure/tokens/azure-identity-token"))
                .as("repeating the server's own path is harmless").isEqualTo(STACK_HUB.tokenFileFor(""));
        assertThatThrownBy(() -> STACK_HUB.tokenFileFor("/proc/self/environ"))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("credential.federatedTokenFile"));
        assertThatThrownBy(() -> SIMULATOR.tokenFileFor(null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("credential.type"));
    }

    @Test
    void aStoredCustomCloudTheInstallationNoLongerAllowsIsRefusedAtConnectionTime() {
        assertThat(STACK_HUB.refusal(CloudName.CUSTOM, URI.create("http://127.0.0.1:8089"),
                URI.create("http://127.0.0.1:8089"))).get().asString().contains("no longer allows");
        assertThat(STACK_HUB.refusal(CloudName.CUSTOM, URI.create("https://management.local.azurestack.external"),
                URI.create("https://adfs.local.azurestack.external/adfs"))).isEmpty();
        assertThat(InstallationPolicy.publicCloudsOnly().refusal(CloudName.AZURE_CLOUD,
                URI.create("https://management.azure.com"), URI.create("https://login.microsoftonline.com")))
                .isEmpty();
    }

    @Test
    void onlyAnAdminOverEveryTenantChoosesEndpointsOrLendsTheServersOwnIdentity() {
        TenantRegistration custom = new TenantRegistration("Lab", TENANT, "Custom", "http://127.0.0.1:8089",
                "http://127.0.0.1:8089", "none", null, null);
        assertDenied(() -> custom.validate(SIMULATOR, false), "cloud.name");
        assertThat(custom.validate(SIMULATOR, true).credentialType()).isEqualTo(CredentialType.NONE);
        for (String ambient : new String[] {"managed_identity", "azure_cli", "workload_identity"}) {
            TenantRegistration registration = new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, ambient,
                    CLIENT, null);
            assertDenied(() -> registration.validate(STACK_HUB, false), "credential.type");
        }
        assertThat(new TenantRegistration("Lab", TENANT, "AzureCloud", null, null, "workload_identity", CLIENT, null)
                .validate(STACK_HUB, true).credentialType()).isEqualTo(CredentialType.WORKLOAD_IDENTITY);
    }

    @Test
    void aNewCredentialForAStoredCustomCloudNeedsNoAdminButStillTheInstallationsConsent() {
        TenantRegistration rotation = new TenantRegistration("Lab", TENANT, "Custom", "http://127.0.0.1:8089",
                "http://127.0.0.1:8089", "client_secret", CLIENT, "s");
        assertThat(rotation.validateNewCredential(SIMULATOR, false).clientId()).isEqualTo(CLIENT);
        assertThatThrownBy(() -> rotation.validateNewCredential(STACK_HUB, false))
                .isInstanceOf(InvalidFieldException.class);
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessRuleException.class, e -> {
            assertThat(e.kind()).isEqualTo(AccessRuleException.Kind.DENIED);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
