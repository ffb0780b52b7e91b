package dev.portcullis.deploy.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that encrypts the login session cookie: {@code PORTCULLIS_SESSION_KEY} when set (needed when
 * several replicas share sessions), else a random key for this process. Quarkus would otherwise generate one itself
 * and write it to the log.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String KEY = resolveKey();

    private static String resolveKey() {
        String configured = System.getenv("PORTCULLIS_SESSION_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, KEY);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "portcullis-session-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
