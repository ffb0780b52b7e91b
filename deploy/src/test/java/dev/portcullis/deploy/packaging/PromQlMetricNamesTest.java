package dev.portcullis.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link PromQlMetricNames} finds in the expression shapes the dashboard uses, so its check cannot pass empty. */
class PromQlMetricNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "histogram_quantile(0.95, sum by (le, status) "
                + "(rate(portcullis_subscription_scan_seconds_bucket[$__rate_interval])))"
                + " | portcullis_subscription_scan_seconds_bucket",
        "sum by (tenant) (rate(portcullis_arm_throttled_total{tenant=\"a b\"}[5m]))"
                + " / sum by (tenant) (rate(portcullis_arm_requests_total[5m]))"
                + " | portcullis_arm_requests_total,portcullis_arm_throttled_total",
        "sort_desc(max by (subscription) (portcullis_subscription_last_success_age_seconds) > 2 * $scan_period)"
                + " | portcullis_subscription_last_success_age_seconds",
        "max without (instance) (up offset 1h) or on (job) group_left (team) vector(1) and count(foo:bar)"
                + " | foo:bar,up",
        "sum(increase(portcullis_scan_seconds_count[1h])) > 1e3"
                + " | portcullis_scan_seconds_count",
    })
    void findsTheMetricNames(String expression, String names) {
        assertThat(PromQlMetricNames.of(expression)).containsExactly(names.split(","));
    }
}
