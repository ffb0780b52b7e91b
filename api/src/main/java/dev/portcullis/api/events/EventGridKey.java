package dev.portcullis.api.events;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's secret for Event Grid deliveries ({@code PORTCULLIS_EVENTGRID_KEY}), the only thing that
 * authenticates them. A key short enough to guess is refused at start-up rather than accepted quietly.
 */
@ApplicationScoped
@Startup
public class EventGridKey {

    static final int MINIMUM_LENGTH = 32;

    private final Optional<byte[]> key;

    public EventGridKey(@ConfigProperty(name = "portcullis.eventgrid.key") Optional<String> configured) {
        Optional<String> key = configured.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("PORTCULLIS_EVENTGRID_KEY has " + key.get().length()
                    + " characters: it must have at least " + MINIMUM_LENGTH
                    + " (random ones, e.g. openssl rand -hex 32)");
        }
        this.key = key.map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether Event Grid delivery is configured at all. */
    public boolean configured() {
        return key.isPresent();
    }

    /** Whether a delivery's key is the installation's, compared in constant time. */
    public boolean matches(String given) {
        return key.isPresent() && given != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.get());
    }
}
