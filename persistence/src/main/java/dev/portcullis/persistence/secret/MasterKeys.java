package dev.portcullis.persistence.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the master keys come from: {@code PORTCULLIS_MASTER_KEY} (the current key, Base64) with optional
 * {@code PORTCULLIS_PREVIOUS_MASTER_KEYS} (comma-separated, still opening what they sealed), or a key file
 * ({@code PORTCULLIS_MASTER_KEY_FILE}) with one key per line, the current one first. Without either, nothing can be
 * sealed and onboarding a credential with a secret is refused.
 * <p>
 * These three stay {@code @ConfigProperty}: they sit directly under {@code portcullis.}, and a {@code @ConfigMapping}
 * with that prefix would make every other {@code portcullis.*} property an error at start unless a mapping in use
 * claims it (the {@code portcullis.log.*} lookup table, {@code portcullis.csrf-signature-key}, Maven's
 * {@code -Dportcullis.excluded.groups} passed on to the tests).
 */
@ApplicationScoped
public class MasterKeys {

    @Produces
    @ApplicationScoped
    SecretBox secretBox(@ConfigProperty(name = "portcullis.master-key") Optional<String> key,
                        @ConfigProperty(name = "portcullis.previous-master-keys") Optional<List<String>> previous,
                        @ConfigProperty(name = "portcullis.master-key-file") Optional<String> file) {
        List<String> keys = new ArrayList<>();
        key.filter(k -> !k.isBlank()).ifPresent(keys::add);
        previous.ifPresent(keys::addAll);
        if (keys.isEmpty() && file.filter(f -> !f.isBlank()).isPresent()) {
            Path path = Path.of(file.get());
            try {
                keys.addAll(Files.readAllLines(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the master key file " + path, e);
            }
        }
        return new SecretBox(MasterKeyRing.of(keys));
    }
}
