package dev.portcullis.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chart in deploy/helm/portcullis keeps every {@link HelmChartRule}; a deliberately broken chart breaks each
 * one. Helm cannot be installed here, so nothing is rendered: values are parsed and the templates read as text.
 */
class HelmChartTest {

    @Test
    void theChartKeepsEveryRule() {
        HelmChart chart = HelmChart.at(DeployDirectory.resolve("helm/portcullis"));

        assertThat(chart.overlays)
                .containsKeys("values-azure-flexible-server.yaml", "values-aks-workload-identity.yaml");
        assertThat(chart.templates).containsKeys("deployment.yaml", "service.yaml", "service-management.yaml",
                "serviceaccount.yaml", "poddisruptionbudget.yaml", "networkpolicy.yaml", "servicemonitor.yaml",
                "_helpers.tpl", "NOTES.txt");
        assertThat(HelmChartRules.check(chart)).isEmpty();
    }

    @Test
    void theAzureDatabaseExampleVerifiesTheServerCertificate() {
        HelmChart chart = HelmChart.at(DeployDirectory.resolve("helm/portcullis"));

        String url = chart.overlays.get("values-azure-flexible-server.yaml").path("database").path("url").asText();

        assertThat(url).startsWith("jdbc:postgresql://").contains(".postgres.database.azure.com:5432/")
                .contains("sslmode=verify-full").contains("sslrootcert=/etc/portcullis/db-ca/root.crt");
    }

    @Test
    void aBrokenChartBreaksEveryRule() {
        HelmChart broken = HelmChart.at(DeployDirectory.testResource("broken-chart"));

        Set<HelmChartRule> rules = HelmChartRules.check(broken).stream()
                .map(v -> (HelmChartRule) v.rule()).collect(Collectors.toSet());

        assertThat(rules).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(HelmChartRule.class));
    }
}
