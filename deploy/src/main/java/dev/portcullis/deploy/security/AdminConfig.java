package dev.portcullis.deploy.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The bootstrap admin account, under {@code portcullis.admin}. */
@ConfigMapping(prefix = "portcullis.admin")
public interface AdminConfig {

    /** Its first password ({@code PORTCULLIS_ADMIN_PASSWORD}); generated and logged once when unset. */
    Optional<String> password();
}
