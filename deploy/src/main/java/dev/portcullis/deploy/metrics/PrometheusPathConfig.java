package dev.portcullis.deploy.metrics;

import io.smallrye.config.ConfigMapping;

/** Quarkus' own {@code quarkus.micrometer.export.prometheus.path}: the metrics' path, relative to the root path. */
@ConfigMapping(prefix = "quarkus.micrometer.export.prometheus")
public interface PrometheusPathConfig {

    String path();
}
