package dev.portcullis.web.login;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether single sign-on is on: Quarkus OIDC's own {@code quarkus.oidc.tenant-enabled}, read by the login page. */
@ConfigMapping(prefix = "quarkus.oidc")
public interface SingleSignOnConfig {

    /** {@code PORTCULLIS_OIDC_ENABLED}; off by default. */
    @WithDefault("false")
    boolean tenantEnabled();
}
