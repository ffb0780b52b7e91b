package dev.portcullis.deploy.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How single sign-on's groups become roles, under {@code portcullis.sso}. */
@ConfigMapping(prefix = "portcullis.sso")
public interface SsoConfig {

    /** The group-to-role mapping ({@code PORTCULLIS_SSO_GROUP_ROLES}, see {@link dev.portcullis.persistence.access.GroupRoles}). */
    Optional<String> groupRoles();

    /** The ID token claim read for groups when the token has no standard {@code groups}. */
    @WithDefault("groups")
    String groupsClaim();
}
