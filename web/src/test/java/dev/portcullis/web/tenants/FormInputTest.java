package dev.portcullis.web.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormInputTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "displayName, displayName, displayName",
            "tenantId, tenantId, tenantId",
            "managementGroupId, managementGroupId, managementGroupId",
            "cloud.name, cloud, choose-cloud",
            "cloud.resourceManagerEndpoint, resourceManagerEndpoint, resourceManagerEndpoint",
            "cloud.authorityHost, authorityHost, authorityHost",
            "credential.type, credentialType, choose-type",
            "credential.federatedTokenFile, credentialType, choose-type",
            "credential.clientId, clientId, onboard-clientId",
            "credential.clientSecret, clientSecret, onboard-clientSecret",
            "credential.certificate, certificate, onboard-certificate",
            "credential.somethingElse, null, null",
            "null, null, null"})
    void aRefusedFieldIsShownAtTheInputItIsAbout(String field, String input, String anchor) {
        assertThat(FormInput.of(field)).isEqualTo(input);
        assertThat(FormInput.anchor(FormInput.of(field), "onboard")).isEqualTo(anchor);
    }
}
