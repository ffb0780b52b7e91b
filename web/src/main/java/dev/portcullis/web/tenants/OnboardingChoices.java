package dev.portcullis.web.tenants;

import dev.portcullis.scanner.connection.CloudName;
import dev.portcullis.scanner.connection.CredentialType;
import dev.portcullis.scanner.connection.InstallationPolicy;
import java.util.Arrays;
import java.util.List;

/**
 * What the onboarding form offers one person on this installation, so it never offers what onboarding would refuse:
 * a Custom cloud only where the installation allows one (some host in {@code PORTCULLIS_CUSTOM_CLOUD_HOSTS}, or
 * loopback for the simulator) and to an ADMIN over every tenant, who alone may choose endpoints; the credential types
 * that sign in as Portcullis itself only to that ADMIN, a workload identity only when Portcullis was started with a
 * token file, and none only beside a loopback Custom cloud.
 *
 * @param clouds          the clouds offered, as the API names them, the public ones first
 * @param credentialTypes the credential types offered, as the API names them, client secret first
 * @param serverIdentitiesWithheld whether credential types that sign in as Portcullis itself were left out because
 *                        the person is not an ADMIN over every tenant (the form says so)
 */
public record OnboardingChoices(List<String> clouds, List<String> credentialTypes, boolean serverIdentitiesWithheld) {

    static final String DEFAULT_CLOUD = CloudName.AZURE_CLOUD.wireName();
    static final String DEFAULT_CREDENTIAL_TYPE = CredentialType.CLIENT_SECRET.wireName();

    public static OnboardingChoices of(InstallationPolicy policy, boolean fullAdmin) {
        boolean custom = fullAdmin && policy.allowsCustomClouds();
        List<String> clouds = Arrays.stream(CloudName.values()).filter(c -> c != CloudName.CUSTOM || custom)
                .map(CloudName::wireName).toList();
        List<String> types = Arrays.stream(CredentialType.values()).filter(type -> switch (type) {
            case CLIENT_SECRET, CLIENT_CERTIFICATE -> true;
            case WORKLOAD_IDENTITY -> fullAdmin && policy.federatedTokenFile().isPresent();
            case MANAGED_IDENTITY, AZURE_CLI -> fullAdmin;
            case NONE -> custom && policy.allowLoopbackClouds();
        }).map(CredentialType::wireName).toList();
        return new OnboardingChoices(clouds, types, !fullAdmin);
    }

    /** The cloud asked for when it is offered, else the public Azure cloud. */
    String cloudOrDefault(String cloud) {
        return clouds.contains(cloud) ? cloud : DEFAULT_CLOUD;
    }

    /** The credential type asked for when it is offered, else a client secret. */
    String credentialTypeOrDefault(String type) {
        return credentialTypes.contains(type) ? type : DEFAULT_CREDENTIAL_TYPE;
    }
}
