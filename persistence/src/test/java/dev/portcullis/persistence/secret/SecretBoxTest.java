package dev.portcullis.persistence.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String SECRET = "Qx~8Q~client-secret-value";

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedSecretOpensWithItsKeyAndContextAndHoldsNoPlaintext() {
        SecretBox box = new SecretBox(MasterKeyRing.of(List.of(newKey())));
        String sealed = box.seal(SECRET, "tenant 1 client_secret");

        assertThat(sealed).startsWith("pcs1." + box.currentKeyId() + ".").doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes()));
        assertThat(box.open(sealed, "tenant 1 client_secret")).isEqualTo(SECRET);
        assertThat(box.seal(SECRET, "tenant 1 client_secret")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aSealedSecretDoesNotOpenForAnotherContextOrWhenTampered() {
        SecretBox box = new SecretBox(MasterKeyRing.of(List.of(newKey())));
        String sealed = box.seal(SECRET, "tenant 1 client_secret");
        String[] parts = sealed.split("\\.");
        byte[] body = Base64.getUrlDecoder().decode(parts[3]);
        body[0] ^= 1;
        String tampered = parts[0] + "." + parts[1] + "." + parts[2] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(body);

        assertThatThrownBy(() -> box.open(sealed, "tenant 2 client_secret"))
                .isInstanceOf(SecretBox.SealedSecretException.class).hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> box.open(tampered, "tenant 1 client_secret"))
                .isInstanceOf(SecretBox.SealedSecretException.class);
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedWhileTheCurrentOneSeals() {
        String oldKey = newKey();
        String sealedByOld = new SecretBox(MasterKeyRing.of(List.of(oldKey))).seal(SECRET, "c");
        SecretBox rotated = new SecretBox(MasterKeyRing.of(List.of(newKey(), oldKey)));

        assertThat(rotated.open(sealedByOld, "c")).isEqualTo(SECRET);
        assertThat(SecretBox.keyIdOf(rotated.seal(SECRET, "c"))).isEqualTo(rotated.currentKeyId())
                .isNotEqualTo(SecretBox.keyIdOf(sealedByOld));
        assertThatThrownBy(() -> new SecretBox(MasterKeyRing.of(List.of(newKey()))).open(sealedByOld, "c"))
                .hasMessageContaining("sealed under master key " + SecretBox.keyIdOf(sealedByOld));
    }

    @Test
    void withoutAKeyNothingIsSealedAndABadKeyIsNamedByPositionOnly() {
        SecretBox none = new SecretBox(MasterKeyRing.empty());
        assertThat(none.canSeal()).isFalse();
        assertThatThrownBy(() -> none.seal(SECRET, "c")).isInstanceOf(SecretBox.NoMasterKeyException.class)
                .hasMessageContaining("PORTCULLIS_MASTER_KEY");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKeyRing.of(List.of("# comment", "", shortKey)))
                .hasMessage("master key 1 has 16 bytes; it must have 32 (openssl rand -base64 32)");
        assertThatThrownBy(() -> MasterKeyRing.of(List.of("not base64!"))).hasMessage("master key 1 is not Base64");
    }
}
