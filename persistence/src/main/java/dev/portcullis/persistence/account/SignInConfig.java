package dev.portcullis.persistence.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** Sign-in settings, under {@code portcullis.sign-in}. */
@ConfigMapping(prefix = "portcullis.sign-in")
public interface SignInConfig {

    /** Addresses never throttled (see {@link SignInThrottle}): none in production, 127.0.0.1 in the test profile. */
    Optional<Set<String>> unthrottledAddresses();
}
