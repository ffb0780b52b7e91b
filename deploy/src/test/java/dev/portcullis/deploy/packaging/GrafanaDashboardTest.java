package dev.portcullis.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana/portcullis-dashboard.json reads only the metrics of {@link DashboardMetrics} (a renamed metric
 * breaks this test), uses every one of them, and takes its data source from the DS_PROMETHEUS variable.
 */
class GrafanaDashboardTest {

    private static final String DATA_SOURCE = "${DS_PROMETHEUS}";
    private static JsonNode dashboard;

    @BeforeAll
    static void readDashboard() throws IOException {
        dashboard = new ObjectMapper().readTree(DeployDirectory.resolve("grafana/portcullis-dashboard.json").toFile());
    }

    @Test
    void everyQueryReadsOnlyKnownMetrics() {
        List<String> expressions = expressions();

        assertThat(expressions).isNotEmpty();
        for (String expression : expressions) {
            assertThat(PromQlMetricNames.of(expression)).as(expression)
                    .isNotEmpty().isSubsetOf(DashboardMetrics.allowedSeries());
        }
    }

    @Test
    void everyMetricFamilyHasAPanel() {
        Set<String> used = new TreeSet<>();
        expressions().forEach(e -> PromQlMetricNames.of(e).stream().map(DashboardMetrics::familyOf)
                .filter(Objects::nonNull).forEach(used::add));

        assertThat(used).containsExactlyInAnyOrderElementsOf(DashboardMetrics.FAMILIES.keySet());
    }

    @Test
    void theScanHistogramIsReadThroughBucketsCountAndSum() {
        Set<String> series = new TreeSet<>();
        expressions().forEach(e -> series.addAll(PromQlMetricNames.of(e)));

        assertThat(series).contains("portcullis_subscription_scan_seconds_bucket",
                "portcullis_subscription_scan_seconds_count", "portcullis_subscription_scan_seconds_sum");
    }

    @Test
    void everyPanelQueriesTheChosenPrometheus() {
        boolean declared = false;
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            declared |= "DS_PROMETHEUS".equals(variable.path("name").asText())
                    && "datasource".equals(variable.path("type").asText())
                    && "prometheus".equals(variable.path("query").asText());
        }
        assertThat(declared).as("a datasource variable DS_PROMETHEUS of type prometheus").isTrue();
        for (JsonNode panel : queryPanels()) {
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                    .isEqualTo(DATA_SOURCE);
            panel.path("targets").forEach(target ->
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo(DATA_SOURCE));
        }
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        queryPanels().forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        return expressions;
    }

    /** The panels with queries, including those nested in collapsed rows. */
    private static List<JsonNode> queryPanels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }
}
