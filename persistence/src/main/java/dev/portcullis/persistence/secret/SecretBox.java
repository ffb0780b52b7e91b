package dev.portcullis.persistence.secret;

import dev.portcullis.persistence.secret.MasterKeyRing.MasterKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets with AES-256-GCM: {@code pcs1.<key id>.<nonce>.<ciphertext and tag>} (Base64url). The context (what
 * the secret belongs to, such as a tenant's row and field) is bound as associated data, so a sealed value copied to
 * another row does not open. Errors name the key id or the context, never the secret.
 */
public final class SecretBox {

    static final String PREFIX = "pcs1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final MasterKeyRing keys;

    public SecretBox(MasterKeyRing keys) {
        this.keys = keys;
    }

    public boolean canSeal() {
        return keys.current().isPresent();
    }

    public String seal(String secret, String context) {
        MasterKey key = keys.current().orElseThrow(NoMasterKeyException::new);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + "." + key.id() + "." + ENCODE.encodeToString(nonce) + "." + ENCODE.encodeToString(sealed);
    }

    public String open(String sealed, String context) {
        String[] parts = sealed.split("\\.");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new SealedSecretException("the sealed value of " + context + " is not in the " + PREFIX + " format");
        }
        MasterKey key = keys.byId(parts[1]).orElseThrow(() -> new SealedSecretException("the secret of " + context
                + " is sealed under master key " + parts[1] + ", which is not configured"));
        byte[] plain = crypt(Cipher.DECRYPT_MODE, key, DECODE.decode(parts[2]), context, DECODE.decode(parts[3]));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** The id of the master key a sealed value needs. */
    public static String keyIdOf(String sealed) {
        String[] parts = sealed.split("\\.");
        return parts.length == 4 ? parts[1] : "";
    }

    public String currentKeyId() {
        return keys.current().map(MasterKey::id).orElse(null);
    }

    private static byte[] crypt(int mode, MasterKey key, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.wrap(context.getBytes(StandardCharsets.UTF_8)));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedSecretException("the secret of " + context + " does not open with master key "
                    + key.id() + " (tampered, or sealed for something else)");
        }
    }

    /** A sealed value that cannot be opened; the message never holds the secret. */
    public static class SealedSecretException extends RuntimeException {
        public SealedSecretException(String message) {
            super(message);
        }
    }

    /** A secret is to be sealed but no master key is configured. */
    public static class NoMasterKeyException extends SealedSecretException {
        public NoMasterKeyException() {
            super("Portcullis has no master key to seal secrets with: set PORTCULLIS_MASTER_KEY or"
                    + " PORTCULLIS_MASTER_KEY_FILE");
        }
    }
}
