package dev.portcullis.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcullis.engine.notification.DestinationType;
import dev.portcullis.engine.vocabulary.Severity;
import dev.portcullis.persistence.access.Grant;
import dev.portcullis.persistence.access.Role;
import dev.portcullis.persistence.secret.MasterKeyRing;
import dev.portcullis.persistence.secret.SecretBox;
import dev.portcullis.persistence.secret.SecretResealing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A destination's URL and webhook secret are sealed bound to their row and field, and key rotation re-seals them with
 * the tenants' secrets; one sealed under a key no longer configured is left as it is.
 */
@QuarkusTest
class DestinationSecretsTest {

    private static final String URL = "https://203.0.113.10/services/T0/B0/sEcReTpAtH";
    private static final String SECRET = "webhook-signing-secret-of-some-length";

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static DestinationView webhook(SecretBox box, String name) {
        return QuarkusTransaction.requiringNew().call(() -> new Destinations(box).create(new Destinations.Draft(name,
                DestinationType.WEBHOOK, URL, "https://203.0.113.10/…", SECRET, List.of(), "en", Severity.HIGH,
                List.of(), List.of("finding.opened"), new Grant(Role.OPERATOR, false, Set.of(UUID.randomUUID())),
                null, "tester")));
    }

    private static DestinationEntity row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> DestinationEntity.<DestinationEntity>findById(id));
    }

    @Test
    void theUrlAndSecretAreSealedForTheirOwnRowAndFieldAndNeverShown() {
        SecretBox box = new SecretBox(MasterKeyRing.of(List.of(newKey())));
        DestinationView created = webhook(box, "Sealed");

        DestinationEntity stored = row(created.id());
        assertThat(stored.urlSealed).startsWith("pcs1.").doesNotContain("sEcReTpAtH");
        assertThat(stored.secretSealed).startsWith("pcs1.").doesNotContain(SECRET);
        assertThat(box.open(stored.urlSealed, DestinationEntity.urlContext(created.id()))).isEqualTo(URL);
        assertThat(box.open(stored.secretSealed, DestinationEntity.secretContext(created.id()))).isEqualTo(SECRET);
        assertThatThrownBy(() -> box.open(stored.urlSealed, DestinationEntity.secretContext(created.id())))
                .as("bound to its field").isInstanceOf(SecretBox.SealedSecretException.class);
        assertThat(created.toString()).doesNotContain("sEcReTpAtH").doesNotContain(SECRET);
        assertThat(created.hasSecret()).isTrue();
    }

    @Test
    void rotationResealsADestinationsUrlAndSecretUnderTheNewKeyAndLeavesOneWhoseKeyIsGone() {
        String oldKey = newKey();
        SecretBox old = new SecretBox(MasterKeyRing.of(List.of(oldKey)));
        DestinationView rotated = webhook(old, "Rotated");
        DestinationView forgotten = webhook(new SecretBox(MasterKeyRing.of(List.of(newKey()))), "Forgotten");
        String forgottenUrl = row(forgotten.id()).urlSealed;
        String newKey = newKey();
        SecretBox current = new SecretBox(MasterKeyRing.of(List.of(newKey, oldKey)));

        int[] counts = QuarkusTransaction.requiringNew().call(() ->
                new SecretResealing(current, List.of(new DestinationSecrets())).reseal());

        assertThat(counts[1]).as("the rotated destination's URL and secret").isGreaterThanOrEqualTo(2);
        DestinationEntity after = row(rotated.id());
        assertThat(SecretBox.keyIdOf(after.urlSealed)).isEqualTo(current.currentKeyId());
        assertThat(SecretBox.keyIdOf(after.secretSealed)).isEqualTo(current.currentKeyId());
        SecretBox onlyCurrent = new SecretBox(MasterKeyRing.of(List.of(newKey)));
        assertThat(onlyCurrent.open(after.urlSealed, DestinationEntity.urlContext(rotated.id()))).isEqualTo(URL);
        assertThat(onlyCurrent.open(after.secretSealed, DestinationEntity.secretContext(rotated.id())))
                .isEqualTo(SECRET);
        assertThat(row(forgotten.id()).urlSealed).as("left as it was").isEqualTo(forgottenUrl);
    }
}
