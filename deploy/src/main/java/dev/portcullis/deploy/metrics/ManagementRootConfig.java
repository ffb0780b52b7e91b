package dev.portcullis.deploy.metrics;

import io.smallrye.config.ConfigMapping;

/** Quarkus' own {@code quarkus.management.root-path}, read to find where the metrics are served. */
@ConfigMapping(prefix = "quarkus.management")
public interface ManagementRootConfig {

    String rootPath();
}
