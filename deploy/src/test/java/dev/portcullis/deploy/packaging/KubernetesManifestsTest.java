package dev.portcullis.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plain manifests under deploy/kubernetes keep every {@link ManifestRule}; a deliberately insecure set breaks
 * each one, which shows every rule can fail.
 */
class KubernetesManifestsTest {

    @Test
    void theShippedManifestsKeepEveryRule() {
        List<Manifest> manifests = YamlDocuments.manifestsUnder(DeployDirectory.resolve("kubernetes"));

        assertThat(manifests).extracting(Manifest::kind)
                .contains("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount");
        assertThat(violationsOf(manifests)).isEmpty();
    }

    @Test
    void theServiceAccountMountsNoApiToken() {
        List<Manifest> accounts = YamlDocuments.manifestsUnder(DeployDirectory.resolve("kubernetes")).stream()
                .filter(m -> m.kind().equals("ServiceAccount")).collect(Collectors.toList());

        assertThat(accounts).isNotEmpty().allSatisfy(account ->
                assertThat(account.node().path("automountServiceAccountToken").asBoolean(true)).isFalse());
    }

    @Test
    void anInsecureSetBreaksEveryRule() {
        List<Manifest> insecure = YamlDocuments.manifestsUnder(DeployDirectory.testResource("insecure-kubernetes"));

        Set<ManifestRule> broken = violationsOf(insecure).stream()
                .map(v -> (ManifestRule) v.rule()).collect(Collectors.toSet());

        assertThat(broken).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ManifestRule.class));
    }

    private static List<Violation> violationsOf(List<Manifest> manifests) {
        List<Violation> violations = new ArrayList<>(ExposureRules.check(manifests));
        manifests.stream().filter(m -> m.kind().equals("Deployment"))
                .forEach(deployment -> violations.addAll(PodTemplateRules.check(deployment)));
        return violations;
    }
}
