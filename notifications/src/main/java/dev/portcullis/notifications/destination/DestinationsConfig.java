package dev.portcullis.notifications.destination;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where destinations may send, under {@code portcullis.destinations}: the installation's to say, never a request's. */
@ConfigMapping(prefix = "portcullis.destinations")
public interface DestinationsConfig {

    /**
     * Whether a destination's URL may name a host on a loopback, private or link-local address
     * ({@code PORTCULLIS_DESTINATIONS_ALLOW_PRIVATE}): for receivers inside the installation's own network. Off by
     * default, so a request cannot point Portcullis at its own network or at cloud metadata endpoints.
     */
    @WithDefault("false")
    boolean allowPrivate();
}
