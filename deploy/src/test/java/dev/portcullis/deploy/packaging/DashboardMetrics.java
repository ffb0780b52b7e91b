package dev.portcullis.deploy.packaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metrics the Grafana dashboard may read, as Prometheus exposes Micrometer's meters: Portcullis's own, Quarkus's
 * HTTP server timer and the JVM's memory gauge. Renaming a meter in the application means changing this list and
 * the dashboard together.
 */
final class DashboardMetrics {

    /** Each metric family and the series names Prometheus shows for it. */
    static final Map<String, List<String>> FAMILIES = Map.of(
            "portcullis_subscription_scan_seconds", timer("portcullis_subscription_scan_seconds"),
            "portcullis_arm_requests_total", List.of("portcullis_arm_requests_total"),
            "portcullis_arm_throttled_total", List.of("portcullis_arm_throttled_total"),
            "portcullis_findings_open", List.of("portcullis_findings_open"),
            "portcullis_subscription_last_success_age_seconds",
            List.of("portcullis_subscription_last_success_age_seconds"),
            "portcullis_scan_jobs", List.of("portcullis_scan_jobs"),
            "http_server_requests_seconds", timer("http_server_requests_seconds"),
            "jvm_memory_used_bytes", List.of("jvm_memory_used_bytes"));

    private DashboardMetrics() {
    }

    static Set<String> allowedSeries() {
        Set<String> all = new TreeSet<>();
        FAMILIES.values().forEach(all::addAll);
        return all;
    }

    /** The family a series belongs to, or null. */
    static String familyOf(String series) {
        return FAMILIES.entrySet().stream().filter(family -> family.getValue().contains(series))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** A Micrometer timer with a histogram: buckets, count, sum and the recent maximum. */
    private static List<String> timer(String base) {
        return List.of(base + "_bucket", base + "_count", base + "_sum", base + "_max");
    }
}
