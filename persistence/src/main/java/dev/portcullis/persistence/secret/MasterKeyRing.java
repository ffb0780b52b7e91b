package dev.portcullis.persistence.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The master keys secrets are sealed under: the first seals, every one opens what it sealed. Each key is 32 random
 * bytes, written in Base64; its id is derived from it, so a ciphertext names the key it needs without revealing it.
 */
public final class MasterKeyRing {

    static final int KEY_BYTES = 32;

    /** One master key and its id. */
    public record MasterKey(String id, byte[] bytes) {
        @Override
        public String toString() {
            return "MasterKey[" + id + "]";
        }
    }

    private final List<MasterKey> keys;

    private MasterKeyRing(List<MasterKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static MasterKeyRing empty() {
        return new MasterKeyRing(List.of());
    }

    /**
     * Keys in Base64, the current one first; blank entries and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the position of a key that is not 32 bytes of Base64 (never its value)
     */
    public static MasterKeyRing of(List<String> encodedKeys) {
        List<MasterKey> keys = new ArrayList<>();
        int position = 0;
        for (String encoded : encodedKeys) {
            String trimmed = encoded.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            position++;
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("master key " + position + " is not Base64");
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("master key " + position + " has " + bytes.length
                        + " bytes; it must have " + KEY_BYTES + " (openssl rand -base64 32)");
            }
            keys.add(new MasterKey(idOf(bytes), bytes));
        }
        return new MasterKeyRing(keys);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public Optional<MasterKey> current() {
        return keys.stream().findFirst();
    }

    public Optional<MasterKey> byId(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    static String idOf(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("portcullis master key id\0".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(key), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
