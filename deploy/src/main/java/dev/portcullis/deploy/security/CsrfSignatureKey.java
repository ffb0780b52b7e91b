package dev.portcullis.deploy.security;

import dev.portcullis.persistence.secret.MasterKeyRing;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Signs the CSRF cookie: quarkus-rest-csrf then keeps an HMAC of the token in the cookie, so a cookie planted from
 * elsewhere (a sibling subdomain, a man in the middle on plain HTTP) cannot be paired with a form token of the
 * attacker's choosing. The key is {@code PORTCULLIS_CSRF_SIGNATURE_KEY} when set, else derived from the current master
 * key (HMAC-SHA256 under a fixed label, so the master key itself is used for nothing else): every replica derives the
 * same one. Without either, the cookie stays unsigned, as before.
 */
public class CsrfSignatureKey implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.rest-csrf.token-signature-key";
    private static final String LABEL = "portcullis csrf token signature";
    /** Above application.properties (250), below the environment (300), where Quarkus' own variable still wins. */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<String> key = present(context.getValue("portcullis.csrf-signature-key"))
                .or(() -> currentMasterKey(context).map(CsrfSignatureKey::derive));
        return key.<Iterable<ConfigSource>>map(k -> List.of(new PropertiesConfigSource(Map.of(PROPERTY, k),
                "portcullis csrf signature key", ORDINAL))).orElse(List.of());
    }

    private static Optional<byte[]> currentMasterKey(ConfigSourceContext context) {
        Optional<String> key = present(context.getValue("portcullis.master-key"));
        List<String> lines;
        if (key.isPresent()) {
            lines = List.of(key.get());
        } else {
            Optional<String> file = present(context.getValue("portcullis.master-key-file"));
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try {
                lines = Files.readAllLines(Path.of(file.get()));
            } catch (IOException e) {
                return Optional.empty(); // MasterKeys reports an unreadable key file when the application starts
            }
        }
        try {
            return MasterKeyRing.of(lines).current().map(MasterKeyRing.MasterKey::bytes);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // likewise reported by MasterKeys, naming the key's position
        }
    }

    static String derive(byte[] masterKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            byte[] derived = mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8));
            String encoded = Base64.getEncoder().encodeToString(derived);
            Arrays.fill(derived, (byte) 0);
            return encoded;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static Optional<String> present(ConfigValue value) {
        return Optional.ofNullable(value).map(ConfigValue::getValue).filter(v -> !v.isBlank());
    }
}
