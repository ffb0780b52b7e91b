package dev.portcullis.persistence.secret;

import dev.portcullis.persistence.tenant.TenantEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * At start, with a master key: seals any plaintext secret left from before sealing existed, and re-seals under the
 * current key whatever a previous key sealed: tenants' client secrets and certificates, and every other
 * {@link SealedValues} (destinations' URLs and webhook secrets). This is the second half of key rotation: {@code ./portcullis rotate-key}
 * puts a new key first in the key file; the next start moves every secret to it, after which the old key can go. A
 * secret whose key is not configured any more is left as it is (its tenant's scans, or its destination's deliveries,
 * fail with the key id); it never stops the start.
 */
@ApplicationScoped
public class SecretResealing {

    private static final Logger LOG = Logger.getLogger(SecretResealing.class);
    /** The tenant fields sealed values are bound to (see {@link TenantEntity#sealingContext}). */
    public static final String CLIENT_SECRET = "client_secret";
    public static final String CLIENT_CERTIFICATE = "client_certificate";

    private final SecretBox box;
    private final Iterable<? extends SealedValues> others;

    /** Tenants' secrets only. */
    public SecretResealing(SecretBox box) {
        this(box, List.of());
    }

    /** Tenants' secrets and those of {@code others}. */
    public SecretResealing(SecretBox box, List<? extends SealedValues> others) {
        this.box = box;
        this.others = others;
    }

    @Inject
    SecretResealing(SecretBox box, @Any Instance<SealedValues> others) {
        this.box = box;
        this.others = others;
    }

    void onStart(@Observes StartupEvent event) {
        if (!box.canSeal()) {
            long plaintext = QuarkusTransaction.requiringNew().call(() ->
                    TenantEntity.count("legacyClientSecret is not null"));
            if (plaintext > 0) {
                LOG.warnf("%d tenant secret(s) are stored unsealed and no master key is configured: set"
                        + " PORTCULLIS_MASTER_KEY or PORTCULLIS_MASTER_KEY_FILE", plaintext);
            }
            return;
        }
        int[] counts = QuarkusTransaction.requiringNew().call(this::reseal);
        if (counts[0] + counts[1] > 0) {
            LOG.infof("Sealed %d plaintext secret(s) and re-sealed %d under master key %s", counts[0], counts[1],
                    box.currentKeyId());
        }
    }

    /** Returns {plaintext sealed, re-sealed}. */
    public int[] reseal() {
        int[] counts = new int[2];
        String current = box.currentKeyId();
        for (TenantEntity tenant : TenantEntity.<TenantEntity>listAll()) {
            if (tenant.legacyClientSecret != null) {
                tenant.clientSecretSealed = box.seal(tenant.legacyClientSecret, tenant.sealingContext(CLIENT_SECRET));
                tenant.legacyClientSecret = null;
                counts[0]++;
            }
            counts[1] += reseal(tenant, current, CLIENT_SECRET, t -> t.clientSecretSealed,
                    (t, v) -> t.clientSecretSealed = v);
            counts[1] += reseal(tenant, current, CLIENT_CERTIFICATE, t -> t.clientCertificateSealed,
                    (t, v) -> t.clientCertificateSealed = v);
        }
        for (SealedValues values : others) {
            counts[1] += values.resealAll((sealed, context, what) -> resealOther(sealed, context, what, current));
        }
        return counts;
    }

    private String resealOther(String sealed, String context, String what, String current) {
        if (sealed == null || SecretBox.keyIdOf(sealed).equals(current)) {
            return sealed;
        }
        try {
            return box.seal(box.open(sealed, context), context);
        } catch (SecretBox.SealedSecretException e) {
            LOG.warnf("%s stays sealed under master key %s, which is not configured: what needs it fails until that"
                    + " key is configured again or the value is replaced", what, SecretBox.keyIdOf(sealed));
            return sealed;
        }
    }

    private int reseal(TenantEntity tenant, String current, String field, Function<TenantEntity, String> get,
                       BiConsumer<TenantEntity, String> set) {
        String sealed = get.apply(tenant);
        if (sealed == null || SecretBox.keyIdOf(sealed).equals(current)) {
            return 0;
        }
        String context = tenant.sealingContext(field);
        String secret;
        try {
            secret = box.open(sealed, context);
        } catch (SecretBox.SealedSecretException e) {
            // Only this tenant's scans fail (TenantConnections reports why); the others are re-sealed and start goes on.
            LOG.warnf("Tenant %s: its %s stays sealed under master key %s, which is not configured: its scans fail"
                    + " until that key is configured again or the credential is replaced", tenant.tenantId, field,
                    SecretBox.keyIdOf(sealed));
            return 0;
        }
        set.accept(tenant, box.seal(secret, context));
        return 1;
    }
}
