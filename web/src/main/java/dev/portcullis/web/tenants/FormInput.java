package dev.portcullis.web.tenants;

import java.util.Set;

/**
 * The onboarding form's inputs as the fields onboarding refuses name them ({@code credential.clientId} is the input
 * {@code clientId}), so that a refusal is shown next to the input it is about.
 */
final class FormInput {

    /** The inputs of the credential, rendered by {@code tags/credentialFields.html} with ids under a prefix. */
    private static final Set<String> CREDENTIAL_INPUTS = Set.of("clientId", "clientSecret", "certificate");

    private FormInput() {
    }

    /** The input a refused field is about, or null when the field is none of the form's. */
    static String of(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "displayName", "tenantId", "managementGroupId" -> field;
            case "cloud.name" -> "cloud";
            case "cloud.resourceManagerEndpoint" -> "resourceManagerEndpoint";
            case "cloud.authorityHost" -> "authorityHost";
            case "credential.type", "credential.federatedTokenFile" -> "credentialType";
            case "credential.clientId" -> "clientId";
            case "credential.clientSecret" -> "clientSecret";
            case "credential.certificate" -> "certificate";
            default -> null;
        };
    }

    /**
     * The id of the element that holds an input: the credential's under their prefix, the cloud and credential type
     * choices at their fieldsets (they are chosen before the form); null for no input.
     */
    static String anchor(String input, String credentialPrefix) {
        if (input == null) {
            return null;
        }
        if (CREDENTIAL_INPUTS.contains(input)) {
            return credentialPrefix + "-" + input;
        }
        return switch (input) {
            case "cloud" -> "choose-cloud";
            case "credentialType" -> "choose-type";
            default -> input;
        };
    }
}
