package dev.portcullis.persistence.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention settings, under {@code portcullis.retention}. */
@ConfigMapping(prefix = "portcullis.retention")
public interface RetentionConfig {

    /** How many days of scans and finding events are kept ({@code PORTCULLIS_RETENTION_DAYS}). */
    @WithDefault("400")
    int days();

    /** How often the purge runs (Quarkus scheduler syntax); read by {@link RetentionPurge}'s schedule expression. */
    @WithDefault("24h")
    String every();
}
