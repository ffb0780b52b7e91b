package dev.portcullis.deploy.support;

import io.smallrye.config.ConfigMapping;

/** The data source the tests run on, read from Quarkus' own {@code quarkus.datasource.*}. */
@ConfigMapping(prefix = "quarkus.datasource")
public interface TestDatabaseConfig {

    Jdbc jdbc();

    String username();

    String password();

    interface Jdbc {
        String url();
    }
}
